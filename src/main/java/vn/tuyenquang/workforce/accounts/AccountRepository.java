package vn.tuyenquang.workforce.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AccountRepository {

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Account> findByUsername(String username) {
        return jdbc.sql("select * from app_user where username = ?").param(username).query(AccountRepository::map).optional();
    }

    Optional<Account> findById(UUID id) {
        return jdbc.sql("select * from app_user where id = ?").param(id).query(AccountRepository::map).optional();
    }

    List<Account> findAll() {
        return jdbc.sql("select * from app_user order by role, username").query(AccountRepository::map).list();
    }

    List<Account> findByEmployer(UUID employerId) {
        return jdbc.sql("select * from app_user where employer_id = ? order by username").param(employerId)
                .query(AccountRepository::map).list();
    }

    List<Account> findByCentre(UUID centreId) {
        return jdbc.sql("select * from app_user where centre_id = ? order by username").param(centreId)
                .query(AccountRepository::map).list();
    }

    boolean existsWithRole(Role role) {
        return jdbc.sql("select count(*) from app_user where role = ?").param(role.name()).query(Long.class).single() > 0;
    }

    boolean existsByUsername(String username) {
        return jdbc.sql("select count(*) from app_user where username = ?").param(username).query(Long.class).single() > 0;
    }

    void insert(Account a) {
        jdbc.sql("""
                        insert into app_user (id, username, display_name, password_hash, role, commune_code, centre_id,
                                              employer_id, enabled, must_change_password, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(a.id(), a.username(), a.displayName(), a.passwordHash(), a.role().name(), a.communeCode(),
                        a.centreId(), a.employerId(), a.enabled(), a.mustChangePassword(), utc(a.createdAt()))
                .update();
    }

    void update(Account a) {
        jdbc.sql("""
                        update app_user set display_name = ?, password_hash = ?, role = ?, commune_code = ?, enabled = ?,
                                            must_change_password = ?
                        where id = ?""")
                .params(a.displayName(), a.passwordHash(), a.role().name(), a.communeCode(), a.enabled(),
                        a.mustChangePassword(), a.id())
                .update();
    }


    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** The display name of each of these accounts, by username. */
    java.util.Map<String, String> displayNamesByUsername(java.util.Collection<String> usernames) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        if (!usernames.isEmpty()) {
            jdbc.sql("select username, display_name from app_user where username in (:names)")
                    .param("names", java.util.List.copyOf(usernames))
                    .query((rs, n) -> names.put(rs.getString("username"), rs.getString("display_name"))).list();
        }
        return names;
    }

    /** The display name of each of these accounts, by id. */
    java.util.Map<String, String> displayNamesById(java.util.Collection<UUID> ids) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, display_name from app_user where id in (:ids)").param("ids", java.util.List.copyOf(ids))
                    .query((rs, n) -> names.put(rs.getString("id"), rs.getString("display_name"))).list();
        }
        return names;
    }

    static Account map(ResultSet rs, int row) throws SQLException {
        return new Account(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
                rs.getString("password_hash"), Role.valueOf(rs.getString("role")), rs.getString("commune_code"),
                rs.getObject("centre_id", UUID.class), rs.getObject("employer_id", UUID.class), rs.getBoolean("enabled"),
                rs.getBoolean("must_change_password"), rs.getTimestamp("created_at").toInstant());
    }
}
