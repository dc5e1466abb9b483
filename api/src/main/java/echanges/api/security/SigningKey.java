package echanges.api.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * The HMAC key that signs bearer tokens. No secret lives in the repository: with external servers
 * the key comes from configuration, and the embedded default generates one on first start and
 * keeps it, readable by its owner only, in the data directory, so tokens survive a restart.
 */
public final class SigningKey {

    static final int MIN_BYTES = 32;
    private static final String FILE = "jwt-signing.key";

    private SigningKey() {
    }

    public static SecretKey from(@Nullable String configured, Path dataDir, boolean mayGenerate) {
        if (configured != null && !configured.isBlank()) return key(Base64.getDecoder().decode(configured.strip()));
        if (!mayGenerate)
            throw new IllegalStateException("set ECHANGES_SECURITY_JWTSECRET (base64, at least " + MIN_BYTES + " bytes) when using external servers");
        return key(loadOrGenerate(dataDir.resolve(FILE)));
    }

    private static byte[] loadOrGenerate(Path file) {
        try {
            if (Files.exists(file)) return Base64.getDecoder().decode(Files.readString(file).strip());
            byte[] secret = new byte[64];
            new SecureRandom().nextBytes(secret);
            Files.createDirectories(file.getParent());
            Files.writeString(file, Base64.getEncoder().encodeToString(secret), StandardOpenOption.CREATE_NEW);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // On a file system without POSIX permissions the directory's own protection applies.
            }
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the signing key " + file, e);
        }
    }

    private static SecretKey key(byte[] secret) {
        if (secret.length < MIN_BYTES) throw new IllegalStateException("the JWT secret must have at least " + MIN_BYTES + " bytes");
        return new SecretKeySpec(secret, "HmacSHA256");
    }
}
