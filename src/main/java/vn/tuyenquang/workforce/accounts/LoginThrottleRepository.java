package vn.tuyenquang.workforce.accounts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The login_throttle table: failures and blocks by key (an account at an address, or an address). */
@Repository
class LoginThrottleRepository {

    private final JdbcClient jdbc;

    LoginThrottleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean anyBlocked(List<String> keys, Instant at) {
        return jdbc.sql("select count(*) from login_throttle where throttle_key in (:keys) and blocked_until > :at")
                .param("keys", keys).param("at", Timestamp.from(at)).query(Long.class).single() > 0;
    }

    void forgetKey(String key) {
        jdbc.sql("delete from login_throttle where throttle_key = ?").param(key).update();
    }

    void forgetAccount(String username) {
        jdbc.sql("delete from login_throttle where username = ?").param(username).update();
    }

    List<String> blockedAccounts(Instant at) {
        return jdbc.sql("select distinct username from login_throttle where username is not null and blocked_until > ?")
                .param(Timestamp.from(at)).query(String.class).list();
    }

    /** Makes sure the key has a row to count on (none counted yet); two requests at once make one. */
    void ensureKey(String key, String username, Instant at) {
        jdbc.sql("""
                        insert into login_throttle (throttle_key, username, failures, last_failure) values (?, ?, 0, ?)
                        on conflict do nothing""")
                .params(key, username, Timestamp.from(at)).update();
    }

    /** Gives back one attempt counted on the key (it succeeded), lifting a block it no longer deserves. */
    void giveBack(String key, int allowed) {
        jdbc.sql("""
                        update login_throttle
                        set failures = case when failures > 0 then failures - 1 else 0 end,
                            blocked_until = case when failures - 1 < ? then null else blocked_until end
                        where throttle_key = ?""")
                .params(allowed, key).update();
    }

    /**
     * Counts one more failure of the key (starting again from one when its last failure is older than
     * {@code forgotten} and it is not blocked); returns whether the key had a row.
     */
    boolean countFailure(String key, Instant at, Instant forgotten) {
        return jdbc.sql("""
                        update login_throttle
                        set failures = case when last_failure < ? and (blocked_until is null or blocked_until < ?)
                                            then 1 else failures + 1 end,
                            last_failure = ?
                        where throttle_key = ?""")
                .params(Timestamp.from(forgotten), Timestamp.from(at), Timestamp.from(at), key).update() > 0;
    }

    /** A key's count and block, read in one go (after this transaction counted on it, its row locked). */
    record Count(int failures, Instant blockedUntil) {

        boolean blockedAt(Instant at) {
            return blockedUntil != null && blockedUntil.isAfter(at);
        }
    }

    /** The key's count, or nothing when it has no row (a success forgot it). */
    java.util.Optional<Count> count(String key) {
        return jdbc.sql("select failures, blocked_until from login_throttle where throttle_key = ?").param(key)
                .query((rs, n) -> new Count(rs.getInt("failures"), rs.getTimestamp("blocked_until") == null ? null
                        : rs.getTimestamp("blocked_until").toInstant()))
                .optional();
    }

    void block(String key, Instant until) {
        jdbc.sql("update login_throttle set blocked_until = ? where throttle_key = ?").params(Timestamp.from(until), key)
                .update();
    }
}
