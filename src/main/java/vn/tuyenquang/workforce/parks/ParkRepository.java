package vn.tuyenquang.workforce.parks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The parks and the typed names mapped to them. */
@Repository
class ParkRepository {

    private final JdbcClient jdbc;

    ParkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<IndustrialPark> all() {
        return jdbc.sql("select * from industrial_park order by kind, name").query(ParkRepository::park).list();
    }

    Optional<IndustrialPark> find(String code) {
        return jdbc.sql("select * from industrial_park where upper(code) = upper(?)").param(code)
                .query(ParkRepository::park).optional();
    }

    void insert(IndustrialPark p) {
        jdbc.sql("""
                        insert into industrial_park (code, name, kind, commune_code, created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(p.code(), p.name(), p.kind().name(), p.communeCode(), Timestamp.from(p.createdAt()),
                        Timestamp.from(p.updatedAt()))
                .update();
    }

    void update(IndustrialPark p) {
        jdbc.sql("update industrial_park set name = ?, kind = ?, commune_code = ?, updated_at = ? where code = ?")
                .params(p.name(), p.kind().name(), p.communeCode(), Timestamp.from(p.updatedAt()), p.code())
                .update();
    }

    /** Each typed name the department mapped, to its park's code. */
    Map<String, String> mappings() {
        Map<String, String> mapped = new HashMap<>();
        jdbc.sql("select typed_name, park_code from park_name_mapping")
                .query((rs, n) -> mapped.put(rs.getString("typed_name"), rs.getString("park_code"))).list();
        return mapped;
    }

    Optional<String> mapping(String typedName) {
        return jdbc.sql("select park_code from park_name_mapping where typed_name = ?").param(typedName)
                .query(String.class).optional();
    }

    void map(String typedName, String parkCode, String by, Instant at) {
        if (jdbc.sql("update park_name_mapping set park_code = ?, mapped_by = ?, mapped_at = ? where typed_name = ?")
                .params(parkCode, by, Timestamp.from(at), typedName).update() == 0) {
            jdbc.sql("insert into park_name_mapping (typed_name, park_code, mapped_by, mapped_at) values (?, ?, ?, ?)")
                    .params(typedName, parkCode, by, Timestamp.from(at)).update();
        }
    }

    void unmap(String typedName) {
        jdbc.sql("delete from park_name_mapping where typed_name = ?").param(typedName).update();
    }

    private static IndustrialPark park(ResultSet rs, int n) throws SQLException {
        return new IndustrialPark(rs.getString("code"), rs.getString("name"),
                IndustrialPark.Kind.valueOf(rs.getString("kind")), rs.getString("commune_code"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}
