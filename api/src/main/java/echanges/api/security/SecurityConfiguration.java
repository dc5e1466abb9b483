package echanges.api.security;

import java.time.Clock;

import javax.crypto.SecretKey;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import echanges.api.EchangesProperties;

/**
 * Stateless bearer-token security. Every HTTP path is reachable; what a request may see or do is
 * decided by the modules from the viewer, field by field, so that no path escapes the rules.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecretKey signingKey(EchangesProperties properties) {
        // The key lives beside the data it protects: generated with the embedded graph, configured otherwise.
        boolean embedded = !properties.neo4j().external();
        return SigningKey.from(properties.security().jwtSecret(), properties.dataDir(), embedded);
    }

    @Bean
    JwtDecoder jwtDecoder(SecretKey key) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(Tokens.ISSUER));
        return decoder;
    }

    @Bean
    JwtEncoder jwtEncoder(SecretKey key) {
        return NimbusJwtEncoder.withSecretKey(key).algorithm(MacAlgorithm.HS256).build();
    }

    @Bean
    Tokens tokens(JwtEncoder encoder, JwtDecoder decoder, Clock clock, EchangesProperties properties) {
        return new Tokens(encoder, decoder, clock, properties.security().tokenLifetime());
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        return http
                // Bearer tokens in a header, never cookies: cross-site requests carry no credentials.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .cors(Customizer.withDefaults())
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .oauth2ResourceServer(o -> o.authenticationEntryPoint(new InvalidTokenResponse()).jwt(Customizer.withDefaults()))
                .build();
    }

    @Bean
    CorsConfigurationSource corsConfigurationSource(EchangesProperties properties) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(properties.cors().allowedOrigins());
        cors.addAllowedMethod("GET");
        cors.addAllowedMethod("POST");
        cors.addAllowedHeader("Authorization");
        cors.addAllowedHeader("Content-Type");
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/graphql/**", cors);
        source.registerCorsConfiguration("/graphql-ws", cors);
        // Open data is for anyone, from any origin: public, read-only, no credentials.
        CorsConfiguration openData = new CorsConfiguration();
        openData.addAllowedOrigin("*");
        openData.addAllowedMethod("GET");
        source.registerCorsConfiguration("/ocds/**", openData);
        return source;
    }
}
