package vn.tuyenquang.workforce.parks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.employers.Vacancy;
import vn.tuyenquang.workforce.employers.VacancyReads;
import vn.tuyenquang.workforce.people.RegisterReads;
import vn.tuyenquang.workforce.people.Supply;

/**
 * Vacancies, hires and demand against supply by industrial park (resolution III.2, IV): each vacancy past its draft
 * belongs to the park its typed name is mapped to (the vacancy's own name, else its employer's); vacancies whose name
 * is not mapped, or that name none, are counted apart, so that every vacancy is counted once. Per park and trade: the
 * vacancies, the places, the hires recorded, the places still open, and the people holding a qualification certified
 * in the trade who live in the park's commune and in the province (the register's, as the demand page counts them).
 * The department's.
 */
@Service
public class ParkReport {

    /** One trade in one park (or in no mapped park: {@code park} null). */
    public record Line(String occupationCode, int vacancies, int places, int hired, int open, long certifiedInCommune,
                       long certifiedInProvince) {

        /** Open places the park's commune's certified people cannot fill, even if all of them took one. */
        public long gap() {
            return Math.max(0, open - certifiedInCommune);
        }
    }

    /** A park's figures, its trades most open places first; {@code park} null for vacancies in no mapped park. */
    public record ParkFigures(IndustrialPark park, int employers, int vacancies, int places, int hired, int open,
                              List<Line> trades) {
    }

    private final ParkRepository parks;
    private final VacancyReads vacancies;
    private final RegisterReads register;

    ParkReport(ParkRepository parks, VacancyReads vacancies, RegisterReads register) {
        this.parks = parks;
        this.vacancies = vacancies;
        this.register = register;
    }

    /** Every park of the list (even with no vacancy), then the vacancies in no mapped park. */
    public List<ParkFigures> figures(CurrentUser user) {
        if (!user.role().isProvinceWide()) {
            throw new AccessDeniedException("the parks' figures are the department's");
        }
        Map<String, String> mapped = parks.mappings();
        Map<String, List<VacancyReads.Workplace>> byPark = new HashMap<>();
        for (VacancyReads.Workplace w : vacancies.workplaces()) {
            byPark.computeIfAbsent(w.park() == null ? "" : mapped.getOrDefault(w.park(), ""), k -> new ArrayList<>()).add(w);
        }
        Set<String> trades = byPark.values().stream().flatMap(List::stream).map(VacancyReads.Workplace::occupationCode)
                .collect(Collectors.toSet());
        Map<String, Long> inCommune = new HashMap<>();
        Map<String, Long> inProvince = new HashMap<>();
        for (Supply s : register.certifiedSupply(List.copyOf(trades))) {
            inCommune.merge(s.occupationCode() + "/" + s.communeCode(), s.people(), Long::sum);
            inProvince.merge(s.occupationCode(), s.people(), Long::sum);
        }
        List<ParkFigures> figures = new ArrayList<>();
        for (IndustrialPark park : parks.all()) {
            figures.add(summed(park, byPark.getOrDefault(park.code(), List.of()), inCommune, inProvince));
        }
        List<VacancyReads.Workplace> elsewhere = byPark.getOrDefault("", List.of());
        if (!elsewhere.isEmpty()) {
            figures.add(summed(null, elsewhere, inCommune, inProvince));
        }
        return figures;
    }

    private static ParkFigures summed(IndustrialPark park, List<VacancyReads.Workplace> workplaces,
                                      Map<String, Long> inCommune, Map<String, Long> inProvince) {
        Map<String, List<VacancyReads.Workplace>> byTrade = workplaces.stream()
                .collect(Collectors.groupingBy(VacancyReads.Workplace::occupationCode, TreeMap::new, Collectors.toList()));
        List<Line> lines = byTrade.entrySet().stream().map(e -> {
                    List<VacancyReads.Workplace> trade = e.getValue();
                    return new Line(e.getKey(), trade.size(), places(trade), hired(trade), open(trade),
                            park == null ? 0 : inCommune.getOrDefault(e.getKey() + "/" + park.communeCode(), 0L),
                            inProvince.getOrDefault(e.getKey(), 0L));
                })
                .sorted(Comparator.comparingInt(Line::open).reversed().thenComparing(Line::occupationCode))
                .toList();
        Set<UUID> employers = workplaces.stream().map(VacancyReads.Workplace::employerId).collect(Collectors.toSet());
        return new ParkFigures(park, employers.size(), workplaces.size(), places(workplaces), hired(workplaces),
                open(workplaces), lines);
    }

    private static int places(List<VacancyReads.Workplace> w) {
        return w.stream().mapToInt(VacancyReads.Workplace::headcount).sum();
    }

    private static int hired(List<VacancyReads.Workplace> w) {
        return w.stream().mapToInt(VacancyReads.Workplace::hired).sum();
    }

    /** Places not yet filled of the vacancies still open. */
    private static int open(List<VacancyReads.Workplace> w) {
        return w.stream().filter(v -> v.status() == Vacancy.Status.OPEN)
                .mapToInt(v -> Math.max(0, v.headcount() - v.hired())).sum();
    }
}
