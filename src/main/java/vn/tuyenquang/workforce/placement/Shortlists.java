package vn.tuyenquang.workforce.placement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tuyenquang.workforce.accounts.AuditTrail;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.employers.Employers;
import vn.tuyenquang.workforce.employers.VacancyReads;
import vn.tuyenquang.workforce.employers.Vacancy;
import vn.tuyenquang.workforce.employers.VacancySummary;
import vn.tuyenquang.workforce.people.ConsentWithdrawn;
import vn.tuyenquang.workforce.people.Person;
import vn.tuyenquang.workforce.people.PersonRegister;
import vn.tuyenquang.workforce.people.PersonRecords;
import vn.tuyenquang.workforce.people.RegisterReads;
import vn.tuyenquang.workforce.training.TrainingRegistry;
import vn.tuyenquang.workforce.people.PhoneNumber;
import vn.tuyenquang.workforce.text.VietnameseText;

/**
 * An employer's shortlists and hires. Until a candidate agrees to be contacted by that employer, the
 * employer sees only the masked profile; the agreement is recorded by the staff who keep the person's
 * record, on the person's request, and can be withdrawn. A hire records a placement.
 */
@Service
public class Shortlists {

    /** A shortlisted candidate as the employer sees them: masked until contact is agreed. */
    public record Candidate(ShortlistEntry entry, String name, Optional<String> phone) {
    }

    /** A shortlist entry as the person's record shows it: which employer, for which vacancy. */
    public record Interest(ShortlistEntry entry, Vacancy vacancy, String employerName) {
    }

    private final ShortlistRepository shortlists;
    private final Employers employers;
    private final VacancyReads vacancyReads;
    private final PersonRegister register;
    private final PersonRecords records;
    private final RegisterReads reads;
    private final AuditTrail audit;
    private final Clock clock;
    private final TrainingRegistry training;

    Shortlists(ShortlistRepository shortlists, Employers employers, VacancyReads vacancyReads, PersonRegister register,
               PersonRecords records, RegisterReads reads, AuditTrail audit, Clock clock, TrainingRegistry training) {
        this.shortlists = shortlists;
        this.employers = employers;
        this.vacancyReads = vacancyReads;
        this.register = register;
        this.records = records;
        this.reads = reads;
        this.audit = audit;
        this.clock = clock;
        this.training = training;
    }

    /** Puts a candidate who may be found on the open vacancy's shortlist; doing it twice changes nothing. */
    @Transactional
    public ShortlistEntry shortlist(CurrentUser user, UUID vacancyId, UUID personId) {
        Vacancy vacancy = employers.vacancy(user, vacancyId);
        if (vacancy.status() != Vacancy.Status.OPEN) {
            throw new PlacementException("shortlist.vacancy.notOpen");
        }
        if (!reads.findableNow(List.of(personId)).contains(personId)) {
            throw new PlacementException("shortlist.person.notFindable");
        }
        Optional<ShortlistEntry> existing = shortlists.find(vacancyId, personId);
        if (existing.isPresent()) {
            return existing.get();
        }
        ShortlistEntry entry = new ShortlistEntry(UUID.randomUUID(), vacancyId, personId, ShortlistEntry.Stage.SHORTLISTED,
                null, clock.instant());
        shortlists.insert(entry);
        audit.created("shortlist_entry", entry.id(), Map.of("vacancy", vacancyId, "person", personId));
        return entry;
    }

    /** The vacancy's shortlist: a candidate's name and phone only where they agreed to be contacted. */
    public List<Candidate> ofVacancy(CurrentUser user, UUID vacancyId) {
        employers.vacancy(user, vacancyId);
        List<ShortlistEntry> entries = shortlists.ofVacancy(vacancyId);
        Map<UUID, Person> persons = register.findAll(entries.stream().map(ShortlistEntry::personId).toList());
        return entries.stream().map(e -> {
            Person p = persons.get(e.personId());
            return e.contactAgreed()
                    ? new Candidate(e, p.fullName(), p.phone().map(PhoneNumber::value))
                    : new Candidate(e, VietnameseText.maskName(p.fullName()), Optional.empty());
        }).toList();
    }

    /**
     * Moves the candidate to the next stage. A hire, on an open vacancy only, records a placement dated {@code on},
     * makes the person employed from that day in the register, and takes one of the vacancy's places (which fills it
     * once all are taken); the hired person is no longer among the vacancy's candidates.
     */
    @Transactional
    public ShortlistEntry move(CurrentUser user, UUID entryId, ShortlistEntry.Stage target, LocalDate on) {
        ShortlistEntry before = entry(entryId);
        Vacancy vacancy = employers.vacancy(user, before.vacancyId());
        if (target == ShortlistEntry.Stage.HIRED && vacancy.status() != Vacancy.Status.OPEN) {
            throw new PlacementException("shortlist.vacancy.notOpen");
        }
        ShortlistEntry after = before.moveTo(target);
        shortlists.update(after, clock.instant());
        audit.changed("shortlist_entry", entryId, Map.of("stage", before.stage()), Map.of("stage", after.stage()));
        if (target == ShortlistEntry.Stage.HIRED) {
            shortlists.insertPlacement(entryId, after.personId(), vacancy.employerId(), vacancy.occupationCode(), on,
                    clock.instant());
            audit.created("placement", entryId, Map.of("person", after.personId(), "employer", vacancy.employerId(),
                    "occupation", vacancy.occupationCode(), "hiredOn", on.toString()));
            register.recordEmployment(after.personId(), on, "placement " + entryId);
            employers.hired(vacancy.id());
        }
        return after;
    }

    /** The persons hired for the vacancy through the application: no longer its candidates. */
    public java.util.Set<UUID> hiredFor(UUID vacancyId) {
        return shortlists.ofVacancy(vacancyId).stream().filter(e -> e.stage() == ShortlistEntry.Stage.HIRED)
                .map(ShortlistEntry::personId).collect(java.util.stream.Collectors.toSet());
    }

    /** The employers who shortlisted the person, for the staff who keep the person's record. */
    public List<Interest> ofPerson(CurrentUser user, UUID personId) {
        records.view(user, personId);
        List<ShortlistEntry> entries = shortlists.ofPerson(personId);
        Map<UUID, VacancySummary> vacancies = vacancyReads.summaries(
                entries.stream().map(ShortlistEntry::vacancyId).distinct().toList());
        return entries.stream().map(e -> {
            VacancySummary summary = vacancies.get(e.vacancyId());
            return new Interest(e, summary.vacancy(), summary.employerName());
        }).toList();
    }

    /**
     * Records, on the person's request, that they agree (or no longer agree) to be contacted by the
     * employer of this shortlist entry. Only staff who may open the person's record may do it.
     */
    @Transactional
    public void contactAgreement(CurrentUser user, UUID entryId, boolean agreed) {
        ShortlistEntry before = entry(entryId);
        records.view(user, before.personId());
        ShortlistEntry after = before.withContactAgreed(agreed ? clock.instant() : null);
        shortlists.update(after, clock.instant());
        audit.changed("shortlist_entry", entryId, Map.of("contactAgreed", before.contactAgreed()),
                Map.of("contactAgreed", agreed));
    }

    /**
     * A person who withdraws consent to be found withdraws it from every employer: each contact agreement
     * still in force ends, in the same transaction, audited with its reason, and the shortlists show the
     * person masked again. Asking the person again means recording a new agreement.
     */
    @EventListener
    void consentWithdrawn(ConsentWithdrawn withdrawn) {
        for (ShortlistEntry before : shortlists.ofPerson(withdrawn.personId())) {
            if (before.contactAgreed()) {
                shortlists.update(before.withContactAgreed(null), clock.instant());
                audit.changed("shortlist_entry", before.id(), Map.of("contactAgreed", true),
                        Map.of("contactAgreed", false, "reason", "consentToBeFoundWithdrawn"));
            }
        }
    }

    /** Hires by training centre and by occupation, for the department. */
    public Map<String, List<Map.Entry<String, Long>>> placements(CurrentUser user) {
        if (!user.role().isProvinceWide()) {
            throw new AccessDeniedException("placements are the department's");
        }
        return Map.of("centre", placementsByCentre(), "occupation", shortlists.placementsByOccupation());
    }

    /** Hires by the training centre where the hired person completed a course (a person may count for several). */
    private List<Map.Entry<String, Long>> placementsByCentre() {
        List<UUID> placed = shortlists.placedPersons();
        Map<UUID, java.util.Set<String>> centres = training.centresCompletedAt(placed);
        Map<String, Long> hires = placed.stream().flatMap(person -> centres.getOrDefault(person, java.util.Set.of()).stream())
                .collect(java.util.stream.Collectors.groupingBy(centre -> centre, java.util.stream.Collectors.counting()));
        return hires.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .toList();
    }

    private ShortlistEntry entry(UUID entryId) {
        return shortlists.find(entryId).orElseThrow(() -> new PlacementException("shortlist.notFound"));
    }
}
