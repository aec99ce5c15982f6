package vn.tuyenquang.workforce.credentials;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CredentialRepository {

    private final JdbcClient jdbc;

    CredentialRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Credential> find(UUID certificateId) {
        return jdbc.sql("select * from credential where certificate_id = ?").param(certificateId)
                .query(CredentialRepository::credential).optional();
    }

    Optional<Credential> findByWalletHandle(String handle) {
        return jdbc.sql("select * from credential where wallet_handle = ?").param(handle)
                .query(CredentialRepository::credential).optional();
    }

    Optional<Credential> findByStatusIndex(int index) {
        return jdbc.sql("select * from credential where status_index = ?").param(index)
                .query(CredentialRepository::credential).optional();
    }

    int nextStatusIndex() {
        return jdbc.sql("select nextval('credential_status_index')").query(Integer.class).single();
    }

    /** Keeps a credential unless the certificate already has one (made at once by another view): true if kept. */
    boolean insertIfAbsent(Credential c) {
        return jdbc.sql("""
                        insert into credential (certificate_id, status_index, key_id, qr_token, wallet_handle, created_at)
                        select ?, ?, ?, ?, ?, ? where not exists (select 1 from credential where certificate_id = ?)""")
                .params(c.certificateId(), c.statusIndex(), c.keyId(), c.qrToken(), c.walletHandle(),
                        Timestamp.from(c.createdAt()), c.certificateId())
                .update() == 1;
    }

    /** The status indexes of these certificates' credentials, those that have one. */
    List<Integer> statusIndexes(Collection<UUID> certificateIds) {
        if (certificateIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select status_index from credential where certificate_id in (:ids)").param("ids", certificateIds)
                .query(Integer.class).list();
    }

    private static Credential credential(ResultSet rs, int row) throws SQLException {
        return new Credential(rs.getObject("certificate_id", UUID.class), rs.getInt("status_index"),
                rs.getString("key_id"), rs.getString("qr_token"), rs.getString("wallet_handle"),
                rs.getTimestamp("created_at").toInstant());
    }
}
