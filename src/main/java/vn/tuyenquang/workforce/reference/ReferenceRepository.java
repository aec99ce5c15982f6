package vn.tuyenquang.workforce.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reference lists as the database holds them (loaded by {@link ReferenceListsMigration}). */
@Repository
class ReferenceRepository {

    private final JdbcClient jdbc;

    ReferenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Commune> communes() {
        return jdbc.sql("select code, name, kind, latitude, longitude from commune order by code")
                .query((rs, n) -> new Commune(rs.getString("code"), rs.getString("name"),
                        Commune.Kind.valueOf(rs.getString("kind").toUpperCase()), rs.getBigDecimal("latitude"),
                        rs.getBigDecimal("longitude")))
                .list();
    }

    List<EthnicGroup> ethnicGroups() {
        return jdbc.sql("select code, name, name_qcvn109 from ethnic_group order by code")
                .query((rs, n) -> new EthnicGroup(rs.getString("code"), rs.getString("name"), rs.getString("name_qcvn109")))
                .list();
    }

    List<Occupation> occupations() {
        Map<String, List<String>> titles = new HashMap<>();
        jdbc.sql("select code, title_vi from occupation_title order by title_vi")
                .query((rs, n) -> titles.computeIfAbsent(rs.getString("code"), c -> new ArrayList<>())
                        .add(rs.getString("title_vi")))
                .list();
        return jdbc.sql("select code, level, title_en, title_vi, vsco from occupation order by code")
                .query((rs, n) -> new Occupation(rs.getString("code"), rs.getInt("level"),
                        Optional.ofNullable(rs.getString("title_en")), Optional.ofNullable(rs.getString("title_vi")),
                        rs.getBoolean("vsco"), List.copyOf(titles.getOrDefault(rs.getString("code"), List.of()))))
                .list();
    }

    List<QualificationLevel> qualificationLevels() {
        return jdbc.sql("select * from qualification_level order by ordinal")
                .query((rs, n) -> new QualificationLevel(rs.getString("code"), rs.getInt("ordinal"),
                        rs.getString("name_vi"), rs.getString("name_en"), Optional.ofNullable(rs.getString("vqf_level")),
                        Optional.ofNullable((Integer) rs.getObject("min_duration_months", Integer.class)),
                        QualificationLevel.CountsAsTrained.valueOf(rs.getString("counts_as_trained")),
                        rs.getBoolean("counts_as_certified"), rs.getString("notes")))
                .list();
    }
}
