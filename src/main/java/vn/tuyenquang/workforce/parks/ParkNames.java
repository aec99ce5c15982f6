package vn.tuyenquang.workforce.parks;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tuyenquang.workforce.accounts.AuditTrail;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.employers.VacancyReads;

/**
 * The park names employers and vacancies typed ("KCN Long Bình An", "Long Bình An", "KCN LBA"), each mapped by the
 * department to a park of the list, or not yet. A mapping changes no employer's or vacancy's record: it tells the
 * reports which park a typed name means. Every mapping is audited.
 */
@Service
public class ParkNames {

    /** A typed name, how many employers and vacancies use it, and the park it is mapped to (null: not yet). */
    public record Typed(String text, long employers, long vacancies, String parkCode) {
    }

    private final ParkRepository parks;
    private final VacancyReads vacancies;
    private final AuditTrail audit;
    private final Clock clock;

    ParkNames(ParkRepository parks, VacancyReads vacancies, AuditTrail audit, Clock clock) {
        this.parks = parks;
        this.vacancies = vacancies;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every name typed, the ones not yet mapped first. */
    public List<Typed> typed() {
        Map<String, String> mapped = parks.mappings();
        return vacancies.parkNames().stream()
                .map(n -> new Typed(n.text(), n.employers(), n.vacancies(), mapped.get(n.text())))
                .sorted(java.util.Comparator.comparing((Typed t) -> t.parkCode() != null).thenComparing(Typed::text))
                .toList();
    }

    /** Maps a typed name to a park (or, with no park, removes its mapping). */
    @Transactional
    public void map(CurrentUser user, String text, String parkCode) {
        String before = parks.mapping(text).orElse(null);
        if (parkCode == null || parkCode.isBlank()) {
            parks.unmap(text);
            if (before != null) {
                audit.deleted("park_name_mapping", text, Map.of("typedName", text, "parkCode", before));
            }
            return;
        }
        String code = parks.find(parkCode.strip()).orElseThrow(() -> new ParkException("park.notFound", "parkCode"))
                .code();
        parks.map(text, code, user.getUsername(), clock.instant());
        Map<String, String> after = Map.of("typedName", text, "parkCode", code);
        if (before == null) {
            audit.created("park_name_mapping", text, after);
        } else {
            audit.changed("park_name_mapping", text, Map.of("typedName", text, "parkCode", before), after);
        }
    }
}
