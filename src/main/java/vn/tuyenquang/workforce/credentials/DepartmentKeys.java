package vn.tuyenquang.workforce.credentials;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.tuyenquang.workforce.system.ProvinceTime;

/**
 * The department's signing keys (ES256, P-256), kept outside the database: a key file per instance (the same file on
 * every instance), or the environment. The first key signs; every key, old ones included, is published, so that what
 * was signed before a rotation still verifies. Rotating puts a new key first. Each key's id is the day it was made and
 * a few random letters ({@code 2026-12-07-3f9a}), and every signature names it.
 */
@Component
public class DepartmentKeys {

    private static final Logger log = LoggerFactory.getLogger(DepartmentKeys.class);

    private final CredentialsProperties properties;
    private final Clock clock;
    private volatile List<ECKey> keys;
    /** When the key file was last read: another instance's rotation changes it, and this instance reads it again. */
    private volatile FileTime read;

    DepartmentKeys(CredentialsProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.keys = load();
    }

    /** The key that signs now. */
    ECKey signing() {
        return current().get(0);
    }

    /** A published key by its id, if the department ever published it. */
    Optional<ECKey> published(String keyId) {
        return current().stream().filter(k -> k.getKeyID().equals(keyId)).findFirst().map(ECKey::toPublicJWK);
    }

    /** Every public key, newest first: the JWKS published at /.well-known/jwks.json. */
    public JWKSet publicKeys() {
        return set(current().stream().map(ECKey::toPublicJWK).toList());
    }

    /** The keys, read again from the file when it changed since (rotated by another instance). */
    private List<ECKey> current() {
        if (!fromEnvironment()) {
            try {
                if (!Files.getLastModifiedTime(properties.keyFile()).equals(read)) {
                    synchronized (this) {
                        keys = readFile();
                    }
                }
            } catch (IOException unreadableNow) {
                // The file is being replaced or the share is away: the keys read last stay in use.
            }
        }
        return keys;
    }

    /**
     * Makes a new signing key and puts it first in the key file; the old keys stay published. Refused when the keys
     * come from the environment (change the environment instead).
     */
    public synchronized String rotate() {
        if (fromEnvironment()) {
            throw new IllegalStateException("the keys come from WORKFORCE_CREDENTIALS_KEYS: rotate them there");
        }
        List<ECKey> rotated = new ArrayList<>();
        rotated.add(newKey());
        rotated.addAll(current());
        write(rotated, true);
        keys = List.copyOf(rotated);
        log.warn("The department's signing key was rotated: {} signs from now on; {} older key(s) stay published",
                rotated.get(0).getKeyID(), rotated.size() - 1);
        return rotated.get(0).getKeyID();
    }

    private boolean fromEnvironment() {
        return properties.keys() != null && !properties.keys().isBlank();
    }

    private List<ECKey> load() {
        try {
            if (fromEnvironment()) {
                return parse(properties.keys());
            }
            Path file = properties.keyFile();
            if (Files.exists(file)) {
                return readFile();
            }
            List<ECKey> made = List.of(newKey());
            if (!write(made, false)) {
                // Another instance, starting at the same time on the same file, made the department's key first.
                return readFile();
            }
            log.warn("""

                    ===================================================================================
                     First run: the department's signing key {} was made and written to
                         {}
                     It signs every certificate's credential. Back this file up and keep it private;
                     give every instance the same file (README, "Signing keys").
                    ===================================================================================""",
                    made.get(0).getKeyID(), file.toAbsolutePath());
            return made;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the department's signing keys", e);
        }
    }

    /** The key file's keys, noting when it was last changed. */
    private List<ECKey> readFile() throws IOException {
        FileTime modified = Files.getLastModifiedTime(properties.keyFile());
        List<ECKey> parsed = parse(Files.readString(properties.keyFile(), StandardCharsets.UTF_8));
        read = modified;
        return parsed;
    }

    private static List<ECKey> parse(String json) {
        try {
            List<ECKey> parsed = JWKSet.parse(json).getKeys().stream().map(k -> (ECKey) k).toList();
            if (parsed.isEmpty() || !parsed.get(0).isPrivate()) {
                throw new IllegalStateException("the department's key set has no private signing key first");
            }
            return parsed;
        } catch (ParseException | ClassCastException e) {
            throw new IllegalStateException("the department's key set is not a JWK set of P-256 keys", e);
        }
    }

    private static JWKSet set(List<ECKey> keys) {
        return new JWKSet(new ArrayList<>(keys));
    }

    private ECKey newKey() {
        try {
            String id = ProvinceTime.today(clock) + "-" + UUID.randomUUID().toString().substring(0, 4);
            return new ECKeyGenerator(Curve.P_256).keyID(id).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.ES256)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot make a P-256 key", e);
        }
    }

    /** Writes the key set (mode 600), replacing the file, or only where there is none yet: false if there was one. */
    private boolean write(List<ECKey> all, boolean replace) {
        Path file = properties.keyFile().toAbsolutePath();
        try {
            Files.createDirectories(file.getParent());
            Path written = file.resolveSibling(file.getFileName() + "." + UUID.randomUUID() + ".new");
            Files.writeString(written, set(all).toString(false), StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(written, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // A file system without POSIX permissions: the directory's own protection applies.
            }
            try {
                if (replace) {
                    Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } else {
                    Files.move(written, file);
                }
            } catch (FileAlreadyExistsException madeFirstElsewhere) {
                Files.deleteIfExists(written);
                return false;
            }
            // Two first starts at once: the key the file holds now is the department's.
            return readFile().get(0).getKeyID().equals(all.get(0).getKeyID());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the department's signing keys to " + file, e);
        }
    }
}
