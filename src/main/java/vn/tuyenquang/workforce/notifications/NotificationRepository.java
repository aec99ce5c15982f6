package vn.tuyenquang.workforce.notifications;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class NotificationRepository {

    /** Arguments are kept in one column, apart by a character no message argument holds. */
    private static final String SEPARATOR = "\u001F";

    private final JdbcClient jdbc;

    NotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, Audience audience, String messageKey, List<String> arguments, String link, Instant at) {
        jdbc.sql("""
                        insert into notification (id, audience, message_key, arguments, link, created_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(id, audience.key(), messageKey, String.join(SEPARATOR, arguments), link, Timestamp.from(at))
                .update();
    }

    List<Notification> recent(Collection<Audience> audiences, UUID accountId, int limit) {
        return jdbc.sql("""
                        select n.*, r.read_at from notification n
                        left join notification_read r on r.notification_id = n.id and r.account_id = :account
                        where n.audience in (:audiences) order by n.created_at desc, n.id limit :limit""")
                .param("account", accountId).param("audiences", keys(audiences)).param("limit", limit)
                .query((rs, n) -> new Notification(rs.getObject("id", UUID.class), rs.getString("message_key"),
                        rs.getString("arguments").isEmpty() ? List.of()
                                : List.of(rs.getString("arguments").split(SEPARATOR, -1)),
                        rs.getString("link"), rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("read_at") != null))
                .list();
    }

    long unread(Collection<Audience> audiences, UUID accountId) {
        return jdbc.sql("""
                        select count(*) from notification n where n.audience in (:audiences) and not exists (
                            select 1 from notification_read r where r.notification_id = n.id and r.account_id = :account)""")
                .param("audiences", keys(audiences)).param("account", accountId).query(Long.class).single();
    }

    Optional<String> linkOf(UUID id, Collection<Audience> audiences) {
        return jdbc.sql("select link from notification where id = :id and audience in (:audiences)")
                .param("id", id).param("audiences", keys(audiences)).query(String.class).optional();
    }

    /** Marks these notices read by the account; those it had read already stay as they were. */
    void markRead(Collection<UUID> ids, UUID accountId, Instant at) {
        // Another request of the same account may mark the same notice at the same moment: read either way. (A caught
        // duplicate key would have aborted the request's whole transaction on PostgreSQL.)
        for (UUID id : ids) {
            jdbc.sql("""
                        insert into notification_read (notification_id, account_id, read_at) values (?, ?, ?)
                        on conflict do nothing""")
                    .params(id, accountId, Timestamp.from(at)).update();
        }
    }

    List<UUID> unreadIds(Collection<Audience> audiences, UUID accountId) {
        return jdbc.sql("""
                        select n.id from notification n where n.audience in (:audiences) and not exists (
                            select 1 from notification_read r where r.notification_id = n.id and r.account_id = :account)""")
                .param("audiences", keys(audiences)).param("account", accountId).query(UUID.class).list();
    }

    private static List<String> keys(Collection<Audience> audiences) {
        return audiences.stream().map(Audience::key).toList();
    }
}
