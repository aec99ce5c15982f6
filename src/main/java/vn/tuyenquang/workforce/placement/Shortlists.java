package vn.tuyenquang.workforce.placement;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tuyenquang.workforce.accounts.AuditTrail;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.employers.Employers;
import vn.tuyenquang.workforce.employers.Vacancy;
import vn.tuyenquang.workforce.employers.VacancyReads;
import vn.tuyenquang.workforce.people.Person;
import vn.tuyenquang.workforce.people.PersonRegister;
import vn.tuyenquang.workforce.people.RegisterReads;
import vn.tuyenquang.workforce.system.ProvinceTime;
import vn.tuyenquang.workforce.text.VietnameseText;

/**
 * An employer's shortlists: candidates put on a vacancy's shortlist, shown masked until they agree to be contacted by
 * that employer, and the employer's requests to contact them ({@link ContactRequested}: the request waits in the queue
 * of the staff who keep the person's record, {@link ContactAnswers}). Moving a candidate on to a hire is
 * {@link Hiring}'s.
 */
@Service
public class Shortlists {

    /**
     * A shortlisted candidate as the employer sees them: masked until contact is agreed, where they live and their
     * highest level (as the results showed them); a hire recorded today may still be undone.
     */
    public record Candidate(ShortlistEntry entry, String name, Optional<String> phone, String communeCode,
                            Optional<String> levelCode, boolean hireUndoable) {
    }

    private final ShortlistRepository shortlists;
    private final Employers employers;
    private final VacancyReads vacancyReads;
    private final PersonRegister register;
    private final RegisterReads reads;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Shortlists(ShortlistRepository shortlists, Employers employers, VacancyReads vacancyReads, PersonRegister register,
               RegisterReads reads, AuditTrail audit, Clock clock, ApplicationEventPublisher events) {
        this.shortlists = shortlists;
        this.employers = employers;
        this.vacancyReads = vacancyReads;
        this.register = register;
        this.reads = reads;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
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
                null, clock.instant(), ContactRequest.NONE);
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
            boolean undoable = e.stage() == ShortlistEntry.Stage.HIRED && shortlists.placementOf(e.id())
                    .filter(placement -> placement.recordedOn(ProvinceTime.today(clock))).isPresent();
            boolean agreed = e.contactAgreed();
            return new Candidate(e, agreed ? p.fullName() : VietnameseText.maskName(p.fullName()),
                    agreed ? Optional.ofNullable(e.contact().phone()) : Optional.empty(), p.communeCode(),
                    p.highestLevelCode(), undoable);
        }).toList();
    }

    /**
     * The employer asks to contact a shortlisted candidate, with a message about the job. The request goes to the
     * queue of the staff who keep the person's record, each told ({@link ContactRequested}). Asked once; again only when the person
     * could not be reached.
     */
    @Transactional
    public ShortlistEntry requestContact(CurrentUser user, UUID entryId, String message) {
        ShortlistEntry before = shortlists.get(entryId);
        Vacancy vacancy = employers.vacancy(user, before.vacancyId());
        String text = message == null ? "" : VietnameseText.normalize(message);
        if (text.length() > ContactRequest.MESSAGE_MAX) {
            throw new PlacementException("contact.request.tooLong");
        }
        ShortlistEntry after = before.withContactRequested(text.isEmpty() ? null : text, clock.instant());
        shortlists.update(after, clock.instant());
        audit.changed("shortlist_entry", entryId, Map.of("contactRequested", false),
                Map.of("contactRequested", true, "vacancy", vacancy.title()));
        events.publishEvent(new ContactRequested(before.personId(),
                vacancyReads.summaries(List.of(vacancy.id())).get(vacancy.id()).employerName(), vacancy.title()));
        return after;
    }

    /** The persons hired for the vacancy through the application: no longer its candidates. */
    public Set<UUID> hiredFor(UUID vacancyId) {
        return shortlists.hiredFor(vacancyId);
    }
}
