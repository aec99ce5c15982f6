package vn.tuyenquang.workforce.accounts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The api_token table: tokens by the SHA-256 of their secret, never the secret. */
@Repository
class ApiTokenRepository {

    private final JdbcClient jdbc;

    ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ApiTokens.Token> of(UUID accountId) {
        return jdbc.sql("select * from api_token where account_id = ? order by created_at desc").param(accountId)
                .query((rs, n) -> new ApiTokens.Token(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                        instant(rs.getTimestamp("last_used_at")), instant(rs.getTimestamp("revoked_at"))))
                .list();
    }

    void insert(UUID id, UUID accountId, String name, String sha256, String createdBy, Instant at) {
        jdbc.sql("""
                        insert into api_token (id, account_id, name, token_sha256, created_by, created_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(id, accountId, name, sha256, createdBy, Timestamp.from(at)).update();
    }

    /** Revokes the account's token; returns whether it was active. */
    int revokeAll(UUID accountId, Instant at) {
        return jdbc.sql("update api_token set revoked_at = ? where account_id = ? and revoked_at is null")
                .params(Timestamp.from(at), accountId).update();
    }

    boolean revoke(UUID accountId, UUID tokenId, Instant at) {
        return jdbc.sql("update api_token set revoked_at = ? where id = ? and account_id = ? and revoked_at is null")
                .params(Timestamp.from(at), tokenId, accountId).update() > 0;
    }

    /** An active token's account, and when the token was last used (the epoch if never). */
    record Holder(Account account, Instant lastUsedAt) {
    }

    /** The account of the active token with this hash, read with the token (one read for every call an API makes). */
    Optional<Holder> active(String sha256) {
        return jdbc.sql("""
                        select u.*, t.last_used_at as token_last_used_at
                        from api_token t join app_user u on u.id = t.account_id
                        where t.token_sha256 = ? and t.revoked_at is null""")
                .param(sha256)
                .query((rs, n) -> new Holder(AccountRepository.map(rs, n),
                        Optional.ofNullable(instant(rs.getTimestamp("token_last_used_at"))).orElse(Instant.EPOCH)))
                .optional();
    }

    void used(String sha256, Instant at) {
        jdbc.sql("update api_token set last_used_at = ? where token_sha256 = ?").params(Timestamp.from(at), sha256).update();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
