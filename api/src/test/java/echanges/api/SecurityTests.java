package echanges.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Tokens and browsers: what reaches GraphQL, and what is refused before it. */
class SecurityTests extends ApiTest {

    private WebTestClient http() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    @Test
    void shouldAnswerAForgedTokenWithAGraphQLShapedUnauthenticatedError() {
        http().post().uri("/graphql").header("Authorization", "Bearer forged.token.value").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"query\":\"{ me { handle } }\"}").exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.errors[0].extensions.code").isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void shouldKnowTheSignedInPersonFromTheirToken() {
        Member member = newMember(false);

        as(member.token()).document("{ me { handle } }").execute().path("me.handle").entity(String.class).isEqualTo(member.person().handle());
        graphql.document("{ me { handle } }").execute().path("me").valueIsNull();
    }

    @Test
    void shouldLetOnlyConfiguredOriginsCallFromABrowser() {
        String allowed = http().options().uri("/graphql").header("Origin", ALLOWED_ORIGIN)
                .header("Access-Control-Request-Method", HttpMethod.POST.name()).exchange()
                .expectStatus().isOk().returnResult(Void.class).getResponseHeaders().getAccessControlAllowOrigin();

        http().options().uri("/graphql").header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", HttpMethod.POST.name()).exchange()
                .expectStatus().isForbidden();
        assertThat(allowed).isEqualTo(ALLOWED_ORIGIN);
    }
}
