package vn.tuyenquang.workforce.indicators;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import vn.tuyenquang.workforce.people.LabourStatus;
import vn.tuyenquang.workforce.people.RegisterCounts;

/**
 * The register counted by the register ({@link RegisterCounts}), in the indicators' terms: one cell per commune,
 * sex, ethnic group and age band, with a figure per year. Breakdowns are rolled up from the cells in memory: a few
 * thousand cells instead of one grouping per breakdown over every person.
 */
@Component
class RegisterCells {

    /**
     * The counts of one commune × sex × ethnic group × age band, per year (in the order asked), and the learners of the
     * last year not matched to the survey (known only from training centres).
     */
    record Cell(String communeCode, String sex, String ethnicCode, AgeBand band, List<Figure> byYear, long unmatched) {
    }

    private static final List<RegisterCounts.Band> BANDS = Arrays.stream(AgeBand.values())
            .map(band -> new RegisterCounts.Band(band.name(), band.from())).toList();

    private final RegisterCounts counts;

    RegisterCells(RegisterCounts counts) {
        this.counts = counts;
    }

    /**
     * Counts the register for {@code years} (ascending), age bands as of the last of them.
     *
     * @param commune one commune only, or every commune
     */
    List<Cell> count(List<Integer> years, IndicatorSettings settings, Optional<String> commune) {
        List<LabourStatus> statuses = settings.denominator() == Denominator.EMPLOYED
                ? List.of(LabourStatus.EMPLOYED) : List.of(LabourStatus.EMPLOYED, LabourStatus.UNEMPLOYED);
        NationalSkillCertificates national = settings.nationalSkillCertificates();
        RegisterCounts.NationalCertificates trained = switch (national) {
            case NOT_COUNTED -> RegisterCounts.NationalCertificates.NONE;
            case TRAINED_AFTER_THREE_YEARS -> RegisterCounts.NationalCertificates.EXPERIENCED;
            case TRAINED, CERTIFIED -> RegisterCounts.NationalCertificates.ALL;
        };
        return counts.count(new RegisterCounts.Question(years, AgeBand.WORKING_AGE, BANDS, statuses,
                        settings.shortCourses(), settings.informalSkills(), trained,
                        national == NationalSkillCertificates.CERTIFIED, commune)).stream()
                .map(cell -> new Cell(cell.communeCode(), cell.sex(), cell.ethnicCode(), AgeBand.valueOf(cell.band()),
                        cell.byYear().stream().map(c -> new Figure(c.population(), c.trained(), c.certified(),
                                Source.REGISTER)).toList(), cell.byYear().get(years.size() - 1).unmatched()))
                .toList();
    }
}
