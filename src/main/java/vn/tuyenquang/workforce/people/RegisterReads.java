package vn.tuyenquang.workforce.people;

import vn.tuyenquang.workforce.system.ProvinceTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import vn.tuyenquang.workforce.reference.QualificationLevel;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;

/**
 * What the read models built on the register (search, demand and supply) may read of it: persons as they are now
 * with their qualification facts, who consents to be found, and counts. Never anyone's phone or citizen ID in a
 * list meant for employers: that is the read models' duty, and {@link Person} carries them for the register's keepers.
 */
@Service
public class RegisterReads {

    private final PersonRepository persons;
    private final LabourStatusRepository statuses;
    private final ReferenceCatalog reference;
    private final Clock clock;

    RegisterReads(PersonRepository persons, LabourStatusRepository statuses, ReferenceCatalog reference, Clock clock) {
        this.persons = persons;
        this.statuses = statuses;
        this.reference = reference;
        this.clock = clock;
    }

    /** These persons as they are now, with their qualification facts. */
    public List<RegisterEntry> entries(Collection<UUID> ids) {
        return persons.entries(ids);
    }

    /**
     * The persons who have ever given consent to be found (whether they still do or withdrew it), changed at
     * or after {@code since} (after the person {@code after} of that same instant, when given), oldest change
     * first, at most {@code limit}.
     */
    public List<RegisterEntry> findableChangedSince(Instant since, UUID after, int limit) {
        return persons.findableChangedSince(since, after, limit);
    }

    /** The labour status through time of each of these persons the register holds. */
    public java.util.Map<UUID, LabourHistory> labourHistories(Collection<UUID> ids) {
        return statuses.labourHistories(ids);
    }

    /** Of these persons, the ones who have ever consented to be found, whether they still do or withdrew it. */
    public Set<UUID> everConsentedAmong(Collection<UUID> ids) {
        return persons.everConsentedAmong(ids);
    }

    /** Of these persons, the ones who consent to be found now: the register's word, whatever an index says. */
    public Set<UUID> findableNow(Collection<UUID> ids) {
        return persons.consentingAmong(ids);
    }

    /** The supply of certified workers in these trades, by trade and commune (consent to be found not needed: it is a count). */
    public List<Supply> certifiedSupply(Collection<String> occupationCodes) {
        LocalDate today = ProvinceTime.today(clock);
        List<String> certifiedLevels = reference.qualificationLevels().stream()
                .filter(QualificationLevel::countsAsCertified).map(QualificationLevel::code).toList();
        return occupationCodes.isEmpty() ? List.of()
                : persons.certifiedSupply(occupationCodes, certifiedLevels,
                        today.minusYears(Person.WORKING_AGE_TO + 1).plusDays(1), today.minusYears(Person.WORKING_AGE_FROM));
    }
}
