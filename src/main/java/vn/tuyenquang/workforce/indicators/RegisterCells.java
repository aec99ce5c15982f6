package vn.tuyenquang.workforce.indicators;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.tuyenquang.workforce.system.Database;

/**
 * The register counted in one pass over the person table: one cell per commune, sex, ethnic group and
 * age band, with the population, trained and certified counts as of 31 December of each year asked
 * for. Each person is one row, so each is counted once; the dated columns derived from their
 * qualifications (certified_since, short_course_since, informal_since) say from when they count.
 * Breakdowns are rolled up from the cells in memory: a few thousand cells instead of one grouping per
 * breakdown over every person.
 *
 * <p>On PostgreSQL the query reads the covering index {@code person_indicator_cells} alone (an index-only
 * scan over a third of the table's width) and hashes the cells in memory, with planner settings of its own
 * transaction: the planner overestimates the cells tenfold (it cannot know that the age band takes six
 * values), so left alone it sorts a million rows on disk; see docs/ARCHITECTURE.md, Indicators.
 */
@Repository
class RegisterCells {

    /** Planner settings for the one counting query, on PostgreSQL only; SET LOCAL ends with its transaction. */
    private static final List<String> POSTGRES_PLAN = List.of("set local work_mem = '32MB'",
            "set local random_page_cost = 1.1", "set local jit = off");

    /** The counts of one commune × sex × ethnic group × age band, per year (in the order asked). */
    record Cell(String communeCode, String sex, String ethnicCode, AgeBand band, List<Figure> byYear) {
    }

    private final JdbcClient jdbc;
    private final boolean postgres;

    RegisterCells(JdbcClient jdbc, Database database) {
        this.jdbc = jdbc;
        this.postgres = database.isPostgres();
    }

    /**
     * Counts the register for {@code years} (ascending), age bands as of the last of them.
     *
     * @param commune one commune only, or every commune
     */
    @Transactional(readOnly = true)
    List<Cell> count(List<Integer> years, IndicatorSettings settings, Optional<String> commune) {
        if (postgres) {
            POSTGRES_PLAN.forEach(setting -> jdbc.sql(setting).update());
        }
        int last = years.get(years.size() - 1);
        StringBuilder sql = new StringBuilder("select commune_code, sex, ethnic_code, case");
        AgeBand[] bands = AgeBand.values();
        for (int i = bands.length - 1; i > 0; i--) {
            sql.append(" when birth_date <= :born").append(bands[i].name()).append(" then '").append(bands[i].name()).append('\'');
        }
        sql.append(" else '").append(bands[0].name()).append("' end as band");
        for (int i = 0; i < years.size(); i++) {
            String adult = "birth_date <= :adult" + i;
            sql.append(",\n sum(case when ").append(adult).append(" then 1 else 0 end) as p").append(i)
                    .append(",\n sum(case when ").append(adult).append(" and (").append(trained(settings, i))
                    .append(") then 1 else 0 end) as t").append(i)
                    .append(",\n sum(case when ").append(adult).append(" and certified_since <= :day").append(i)
                    .append(" then 1 else 0 end) as c").append(i);
        }
        sql.append("\nfrom person where birth_date <= :adult").append(years.size() - 1)
                .append(" and labour_status in (:statuses)");
        commune.ifPresent(c -> sql.append(" and commune_code = :commune"));
        sql.append("\ngroup by commune_code, sex, ethnic_code, 4");

        JdbcClient.StatementSpec statement = jdbc.sql(sql.toString())
                .param("statuses", settings.denominator() == Denominator.EMPLOYED
                        ? List.of("EMPLOYED") : List.of("EMPLOYED", "UNEMPLOYED"));
        LocalDate lastDay = LocalDate.of(last, 12, 31);
        for (AgeBand band : bands) {
            statement = statement.param("born" + band.name(), Date.valueOf(lastDay.minusYears(band.from())));
        }
        for (int i = 0; i < years.size(); i++) {
            LocalDate day = LocalDate.of(years.get(i), 12, 31);
            statement = statement.param("day" + i, Date.valueOf(day))
                    .param("adult" + i, Date.valueOf(day.minusYears(AgeBand.WORKING_AGE)));
        }
        if (commune.isPresent()) {
            statement = statement.param("commune", commune.get());
        }
        return statement.query((rs, n) -> {
            List<Figure> byYear = new ArrayList<>(years.size());
            for (int i = 0; i < years.size(); i++) {
                byYear.add(new Figure(rs.getLong("p" + i), rs.getLong("t" + i), rs.getLong("c" + i), Source.REGISTER));
            }
            return new Cell(rs.getString("commune_code"), rs.getString("sex"), rs.getString("ethnic_code"),
                    AgeBand.valueOf(rs.getString("band")), byYear);
        }).list();
    }

    /** Who counts as trained on 31 December of year {@code i}, under the settings. */
    private static String trained(IndicatorSettings settings, int i) {
        String day = ":day" + i;
        StringBuilder predicate = new StringBuilder("certified_since <= ").append(day);
        if (settings.shortCourses()) {
            predicate.append(" or short_course_since <= ").append(day);
        }
        if (settings.informalSkills()) {
            predicate.append(" or informal_since <= ").append(day);
        }
        return predicate.toString();
    }
}
