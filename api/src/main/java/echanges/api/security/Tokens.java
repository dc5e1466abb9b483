package echanges.api.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtException;

/** Bearer tokens: signed JWTs whose subject is the person's id. Sessions are tokens, not server state. */
public final class Tokens {

    static final String ISSUER = "echanges";

    private final JwtEncoder encoder;
    private final JwtDecoder decoder;
    private final Clock clock;
    private final Duration lifetime;

    public Tokens(JwtEncoder encoder, JwtDecoder decoder, Clock clock, Duration lifetime) {
        this.encoder = encoder;
        this.decoder = decoder;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    public record Token(String value, Instant expiresAt) {
    }

    public Token issue(String personId) {
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer(ISSUER).subject(personId).issuedAt(now).expiresAt(now.plus(lifetime)).build();
        Jwt jwt = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims));
        return new Token(jwt.getTokenValue(), now.plus(lifetime));
    }

    /** The person a token speaks for, if it is ours, intact and unexpired. */
    public Optional<String> personId(String token) {
        try {
            return Optional.ofNullable(decoder.decode(token).getSubject());
        } catch (JwtException e) {
            return Optional.empty();
        }
    }
}
