package vn.tuyenquang.workforce.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The password encoder with a short memory, for the JSON API: HTTP Basic sends the password with every
 * call, and a bcrypt check costs tens of milliseconds, more than a whole candidate search. A password that
 * matched a stored hash is remembered for a while as a salted SHA-256 digest, keyed by that hash (as
 * Elasticsearch caches its users' credentials); the next call with the same password is checked against
 * the digest. A wrong password is never remembered and always pays the full bcrypt check, so guessing
 * gains nothing; a changed password has a new hash, so the old entry is never consulted again; a disabled
 * or locked account is refused before any password is checked.
 */
final class RememberedPasswords implements PasswordEncoder {

    static final Duration KEPT = Duration.ofMinutes(15);
    static final int MAX_ENTRIES = 10_000;

    private record Remembered(byte[] salt, byte[] digest, Instant until) {
    }

    private final PasswordEncoder delegate;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Remembered> remembered = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Remembered> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    RememberedPasswords(PasswordEncoder delegate, Clock clock) {
        this.delegate = delegate;
        this.clock = clock;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return delegate.matches(rawPassword, encodedPassword);
        }
        Remembered entry;
        synchronized (remembered) {
            entry = remembered.get(encodedPassword);
        }
        if (entry != null && entry.until().isAfter(clock.instant())
                && MessageDigest.isEqual(entry.digest(), digest(entry.salt(), rawPassword))) {
            return true;
        }
        boolean matches = delegate.matches(rawPassword, encodedPassword);
        if (matches) {
            byte[] salt = new byte[16];
            random.nextBytes(salt);
            Remembered fresh = new Remembered(salt, digest(salt, rawPassword), clock.instant().plus(KEPT));
            synchronized (remembered) {
                remembered.put(encodedPassword, fresh);
            }
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private static byte[] digest(byte[] salt, CharSequence password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return sha.digest(password.toString().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
