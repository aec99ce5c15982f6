package vn.tuyenquang.workforce.placement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tuyenquang.workforce.accounts.AuditTrail;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.employers.Employers;
import vn.tuyenquang.workforce.employers.Vacancy;
import vn.tuyenquang.workforce.people.PersonRegister;
import vn.tuyenquang.workforce.system.ProvinceTime;
import vn.tuyenquang.workforce.training.TrainingReads;

/**
 * A shortlisted candidate moved on, to an interview and a hire. A hire records a placement, makes the person employed
 * in the register and takes one of the vacancy's places, in the same transaction; once committed it is told
 * ({@link HireRecorded}). It can be undone on its day. The department reads the hires by centre and occupation.
 */
@Service
public class Hiring {

    private final ShortlistRepository shortlists;
    private final Employers employers;
    private final PersonRegister register;
    private final TrainingReads training;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Hiring(ShortlistRepository shortlists, Employers employers, PersonRegister register, TrainingReads training,
           AuditTrail audit, Clock clock, ApplicationEventPublisher events) {
        this.shortlists = shortlists;
        this.employers = employers;
        this.register = register;
        this.training = training;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Moves the candidate to the next stage. A hire, on an open vacancy only, records a placement dated {@code on},
     * makes the person employed from that day in the register, and takes one of the vacancy's places (which fills it
     * once all are taken); the hired person is no longer among the vacancy's candidates.
     */
    @Transactional
    public ShortlistEntry move(CurrentUser user, UUID entryId, ShortlistEntry.Stage target, LocalDate on) {
        ShortlistEntry before = shortlists.get(entryId);
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
            if (register.recordEmployment(after.personId(), on, "hired")) {
                shortlists.employmentRecorded(entryId);
            }
            employers.hired(vacancy.id());
            events.publishEvent(new HireRecorded(after.personId(), vacancy.id(), vacancy.title(), on));
        }
        return after;
    }

    /**
     * Undoes a hire recorded today (a mistake, a candidate who did not start): the placement goes, the candidate is
     * back to interviewed, the vacancy gets its place back, and the person gets back the status the hire replaced,
     * unless the register has learnt of a newer one since. Refused once the day of its recording is over.
     */
    @Transactional
    public ShortlistEntry undoHire(CurrentUser user, UUID entryId) {
        ShortlistEntry before = shortlists.get(entryId);
        Vacancy vacancy = employers.vacancy(user, before.vacancyId());
        ShortlistEntry after = before.hireUndone();
        ShortlistRepository.Placement placement = shortlists.placementOf(entryId)
                .orElseThrow(() -> new PlacementException("shortlist.undo.notHired"));
        if (!placement.recordedOn(ProvinceTime.today(clock))) {
            throw new PlacementException("shortlist.undo.tooLate");
        }
        shortlists.deletePlacement(entryId);
        shortlists.update(after, clock.instant());
        audit.changed("shortlist_entry", entryId, Map.of("stage", before.stage()),
                Map.of("stage", after.stage(), "because", "hireUndone"));
        audit.deleted("placement", entryId, Map.of("person", before.personId(), "employer", vacancy.employerId(),
                "hiredOn", placement.hiredOn().toString()));
        if (placement.employmentRecorded()) {
            register.undoEmployment(before.personId(), placement.hiredOn(), "hireUndone");
        }
        employers.hireUndone(vacancy.id());
        return after;
    }

    /** The hires of these persons recorded through the application, oldest first. */
    public List<Hire> hiresOf(Collection<UUID> personIds) {
        return personIds.isEmpty() ? List.of() : shortlists.hiresOf(personIds);
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
        Map<UUID, Set<String>> centres = training.centresCompletedAt(placed);
        Map<String, Long> hires = placed.stream().flatMap(person -> centres.getOrDefault(person, Set.of()).stream())
                .collect(Collectors.groupingBy(centre -> centre, Collectors.counting()));
        return hires.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .toList();
    }
}
