package vn.tuyenquang.workforce.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tuyenquang.workforce.text.RandomCodes;

/**
 * API tokens, one per client system (a centre's records system, an employer's HR system), so that no system
 * holds a person's password. A token acts for one account and reaches exactly what that account reaches; it
 * is shown once when created, kept only as its SHA-256, revocable, and its last use is recorded. The
 * administrator manages any account's tokens; a centre's staff or an employer's account manages its own.
 */
@Service
public class ApiTokens {

    /** What a token looks like: a prefix that says what it is, then 40 random letters and digits. */
    static final String PREFIX = "tqw_";
    /** Its last use is written at most this often, not on every call. */
    static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    /** A token as its account's list shows it: never the token itself. */
    public record Token(UUID id, String name, String createdBy, Instant createdAt, Instant lastUsedAt,
                        Instant revokedAt) {

        public boolean active() {
            return revokedAt == null;
        }
    }

    /** A token just created: the secret, shown this once. */
    public record Created(Token token, String secret) {
    }

    private final ApiTokenRepository tokens;
    private final AuditTrail audit;
    private final Clock clock;

    ApiTokens(ApiTokenRepository tokens, AuditTrail audit, Clock clock) {
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
    }

    /** The account's tokens, newest first. */
    public List<Token> of(CurrentUser user, UUID accountId) {
        checkManages(user, accountId);
        return tokens.of(accountId);
    }

    /** A new token for the account, named for the system that will use it. */
    @Transactional
    public Created create(CurrentUser user, UUID accountId, String name) {
        checkManages(user, accountId);
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > 80) {
            throw new AccountException("apiToken.name.size", "name");
        }
        String secret = PREFIX + RandomCodes.generate(RandomCodes.MIXED_CASE_AND_DIGITS, 40);
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        tokens.insert(id, accountId, label, sha256(secret), user.getUsername(), now);
        audit.created("api_token", id, Map.of("account", accountId, "name", label));
        return new Created(new Token(id, label, user.getUsername(), now, null, null), secret);
    }

    /** Revokes a token at once: the next call with it is refused. */
    @Transactional
    public void revoke(CurrentUser user, UUID accountId, UUID tokenId) {
        checkManages(user, accountId);
        if (tokens.revoke(accountId, tokenId, clock.instant())) {
            audit.changed("api_token", tokenId, null, Map.of("revoked", true));
        }
    }

    /** Revokes every token of the account still in use (its password changed or was reset); returns how many. */
    int revokeAll(UUID accountId) {
        int revoked = tokens.revokeAll(accountId, clock.instant());
        if (revoked > 0) {
            audit.changed("api_token", accountId, null, Map.of("revoked", revoked, "because", "passwordChanged"));
        }
        return revoked;
    }

    /** How many tokens of the account are in use: what a password change offers to revoke. */
    public long activeCount(CurrentUser user) {
        return tokens.of(user.id()).stream().filter(Token::active).count();
    }

    /** The account a presented token acts for, if the token is known, not revoked, and its account enabled. */
    Optional<CurrentUser> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        String hash = sha256(secret);
        Optional<ApiTokenRepository.Holder> token = tokens.active(hash);
        Instant now = clock.instant();
        if (token.isPresent() && token.get().lastUsedAt().isBefore(now.minus(LAST_USE_PRECISION))) {
            tokens.used(hash, now);
        }
        return token.map(ApiTokenRepository.Holder::account).filter(Account::enabled).map(CurrentUser::new);
    }

    /** The administrator manages every account's tokens; anyone else only their own account's. */
    private static void checkManages(CurrentUser user, UUID accountId) {
        if (user.role() != Role.ADMIN && !user.id().equals(accountId)) {
            throw new AccessDeniedException("another account's API tokens");
        }
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
