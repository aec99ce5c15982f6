package vn.tuyenquang.workforce.placement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tuyenquang.workforce.accounts.AuditTrail;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.employers.Vacancy;
import vn.tuyenquang.workforce.employers.VacancyReads;
import vn.tuyenquang.workforce.employers.VacancySummary;
import vn.tuyenquang.workforce.people.ConsentWithdrawn;
import vn.tuyenquang.workforce.people.InvalidValueException;
import vn.tuyenquang.workforce.people.Person;
import vn.tuyenquang.workforce.people.PersonRecords;
import vn.tuyenquang.workforce.people.PersonView;
import vn.tuyenquang.workforce.people.PersonRegister;
import vn.tuyenquang.workforce.people.PhoneNumber;
import vn.tuyenquang.workforce.people.RegisterReads;
import vn.tuyenquang.workforce.system.ProvinceTime;

/**
 * Employers' requests to contact a person, on the side of the staff who keep the person's record (the centres that
 * trained them, their commune's officers, the department): the queue of requests, the person's answers recorded on
 * their word ({@link ContactAnswered}: the employer is told), the employers interested in a person, and agreements
 * ended when the person withdraws consent to be found.
 */
@Service
public class ContactAnswers {

    /** A shortlist entry as the person's record shows it: which employer, for which vacancy. */
    public record Interest(ShortlistEntry entry, Vacancy vacancy, String employerName) {
    }

    /**
     * A person's answer to an employer's request, given on {@code on}, as staff record it: with an agreement, the phone
     * the person agreed to share as the staff typed or confirmed it (blank for the one the register holds, if any). The
     * office those staff belong to ({@link RecordingOffices}) is kept with it, for the employer to call when there is
     * no phone.
     */
    public record Answered(ContactRequest.Answer answer, LocalDate on, String phone) {
    }

    /** A contact request as the staff who keep the person's record see it in their queue. */
    public record Request(ShortlistEntry entry, String personName, Vacancy vacancy, String employerName) {
    }

    /** How far back the queue shows answered requests. */
    static final int ANSWERED_SHOWN_DAYS = 30;

    private final ShortlistRepository shortlists;
    private final VacancyReads vacancyReads;
    private final PersonRegister register;
    private final PersonRecords records;
    private final RegisterReads reads;
    private final RecordingOffices offices;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ContactAnswers(ShortlistRepository shortlists, VacancyReads vacancyReads, PersonRegister register,
                   PersonRecords records, RegisterReads reads, RecordingOffices offices, AuditTrail audit, Clock clock,
                   ApplicationEventPublisher events) {
        this.shortlists = shortlists;
        this.vacancyReads = vacancyReads;
        this.register = register;
        this.records = records;
        this.reads = reads;
        this.offices = offices;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Records the person's answer to an employer's waiting request, on their word, with the day they gave it: an
     * agreement (only while they consent to be found) shows the employer their name and the phone they agreed to
     * share, or, when they have none, which office to call; a refusal, or no answer, keeps them masked. Only staff who
     * keep the person's record may record it; the employer is told ({@link ContactAnswered}).
     */
    @Transactional
    public ShortlistEntry answer(CurrentUser user, UUID entryId, Answered given) {
        ShortlistEntry before = shortlists.get(entryId);
        PersonView person = records.view(user, before.personId());
        boolean findable = reads.findableNow(List.of(before.personId())).contains(before.personId());
        ContactRequest.Answer answer = given.answer();
        LocalDate on = given.on();
        ShortlistEntry after = before.withAnswer(answer, on, ProvinceTime.today(clock), findable,
                answer == ContactRequest.Answer.AGREED ? sharedPhone(person.id(), given.phone()) : null, offices.nameOf(user),
                clock.instant());
        shortlists.update(after, clock.instant());
        audit.changed("shortlist_entry", entryId, Map.of("contactAgreed", before.contactAgreed()),
                Map.of("contactAgreed", after.contactAgreed(), "answer", answer, "answeredOn", on.toString()));
        Vacancy vacancy = vacancyReads.summaries(List.of(before.vacancyId())).get(before.vacancyId()).vacancy();
        events.publishEvent(new ContactAnswered(before.personId(), vacancy.employerId(), vacancy.id(), vacancy.title(),
                answer));
        return after;
    }

    /** The phone typed with an agreement, or, when none was typed, the one the register holds; null when neither. */
    private String sharedPhone(UUID personId, String typed) {
        if (typed != null && !typed.isBlank()) {
            try {
                return PhoneNumber.of(typed).value();
            } catch (InvalidValueException e) {
                throw new PlacementException("contact.answer.phone.format");
            }
        }
        // The register's own record: the staff's view of the person may withhold the phone (identity only).
        return register.find(personId).flatMap(Person::phone).map(PhoneNumber::value).orElse(null);
    }

    /** The contact requests the user's queue holds: those waiting, oldest first, then those answered lately. */
    public List<Request> contactQueue(CurrentUser user) {
        List<ShortlistEntry> entries = new ArrayList<>(shortlists.contactRequestsPending());
        entries.addAll(shortlists.contactRequestsAnsweredSince(
                ProvinceTime.today(clock).minusDays(ANSWERED_SHOWN_DAYS)));
        return requests(user, entries);
    }

    /** How many contact requests wait for an answer in the user's queue: the number in the header. */
    public long contactRequestsWaiting(CurrentUser user) {
        if (user.role().isEmployerScoped()) {
            return 0;
        }
        List<ShortlistEntry> pending = shortlists.contactRequestsPending();
        if (user.role().isProvinceWide()) {
            return pending.size();
        }
        Set<UUID> kept = records.kept(user, pending.stream().map(ShortlistEntry::personId).distinct().toList());
        return pending.stream().filter(e -> kept.contains(e.personId())).count();
    }

    private List<Request> requests(CurrentUser user, List<ShortlistEntry> entries) {
        if (user.role().isEmployerScoped() || entries.isEmpty()) {
            return List.of();
        }
        Set<UUID> kept = records.kept(user, entries.stream().map(ShortlistEntry::personId).distinct().toList());
        List<ShortlistEntry> inQueue = entries.stream().filter(e -> kept.contains(e.personId())).toList();
        Map<UUID, Person> persons = register.findAll(inQueue.stream().map(ShortlistEntry::personId).distinct().toList());
        Map<UUID, VacancySummary> vacancies = vacancyReads.summaries(
                inQueue.stream().map(ShortlistEntry::vacancyId).distinct().toList());
        return inQueue.stream().map(e -> new Request(e, persons.get(e.personId()).fullName(),
                vacancies.get(e.vacancyId()).vacancy(), vacancies.get(e.vacancyId()).employerName())).toList();
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
     * A person who withdraws consent to be found withdraws it from every employer: each contact agreement
     * still in force ends, in the same transaction, audited with its reason, and the shortlists show the
     * person masked again. Asking the person again means recording a new agreement.
     */
    @EventListener
    void consentWithdrawn(ConsentWithdrawn withdrawn) {
        for (ShortlistEntry before : shortlists.ofPerson(withdrawn.personId())) {
            if (before.contactAgreed()) {
                shortlists.update(before.agreementWithdrawn(ProvinceTime.today(clock), clock.instant()),
                        clock.instant());
                audit.changed("shortlist_entry", before.id(), Map.of("contactAgreed", true),
                        Map.of("contactAgreed", false, "reason", "consentToBeFoundWithdrawn"));
            }
        }
    }
}
