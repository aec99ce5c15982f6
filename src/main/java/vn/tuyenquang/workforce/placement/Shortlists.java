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
import vn.tuyenquang.workforce.notifications.Audience;
import vn.tuyenquang.workforce.system.ProvinceTime;
import vn.tuyenquang.workforce.notifications.Notifications;

/**
 * An employer's shortlists and hires. Until a candidate agrees to be contacted by that employer, the employer sees
 * only the masked profile. The employer asks to contact a candidate; the request waits in the queue of the staff who
 * keep the person's record (the centres that trained them, their commune's officer, the department), who record the
 * person's answer; each side is told by a notice. A hire records a placement and can be undone on its day.
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

    /** A shortlist entry as the person's record shows it: which employer, for which vacancy. */
    public record Interest(ShortlistEntry entry, Vacancy vacancy, String employerName) {
    }

    /**
     * A person's answer to an employer's request, given on {@code on}, as staff record it: with an agreement, the phone
     * the person agreed to share as the staff typed or confirmed it (blank for the one the register holds, if any), and
     * the office those staff belong to ({@link RecordingOffices}), whom the employer calls when there is no phone.
     */
    public record Answered(ContactRequest.Answer answer, LocalDate on, String phone, String office) {
    }

    /** A contact request as the staff who keep the person's record see it in their queue. */
    public record Request(ShortlistEntry entry, String personName, Vacancy vacancy, String employerName) {
    }

    /** How far back the queue shows answered requests. */
    static final int ANSWERED_SHOWN_DAYS = 30;

    private final ShortlistRepository shortlists;
    private final Employers employers;
    private final VacancyReads vacancyReads;
    private final PersonRegister register;
    private final PersonRecords records;
    private final RegisterReads reads;
    private final AuditTrail audit;
    private final Clock clock;
    private final TrainingRegistry training;
    private final Notifications notifications;

    Shortlists(ShortlistRepository shortlists, Employers employers, VacancyReads vacancyReads, PersonRegister register,
               PersonRecords records, RegisterReads reads, AuditTrail audit, Clock clock, TrainingRegistry training,
               Notifications notifications) {
        this.notifications = notifications;
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
                    .filter(placement -> recordedToday(placement)).isPresent();
            boolean agreed = e.contactAgreed();
            return new Candidate(e, agreed ? p.fullName() : VietnameseText.maskName(p.fullName()),
                    agreed ? Optional.ofNullable(e.contact().phone()) : Optional.empty(), p.communeCode(),
                    p.highestLevelCode(), undoable);
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
            if (register.recordEmployment(after.personId(), on, "hired")) {
                shortlists.employmentRecorded(entryId);
            }
            employers.hired(vacancy.id());
            notifications.send(keepersOf(after.personId()), "notice.hired",
                    List.of(maskedName(after.personId()), vacancy.title()), "/people/" + after.personId());
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
        ShortlistEntry before = entry(entryId);
        Vacancy vacancy = employers.vacancy(user, before.vacancyId());
        ShortlistEntry after = before.hireUndone();
        ShortlistRepository.Placement placement = shortlists.placementOf(entryId)
                .orElseThrow(() -> new PlacementException("shortlist.undo.notHired"));
        if (!recordedToday(placement)) {
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

    /**
     * The employer asks to contact a shortlisted candidate, with a message about the job. The request goes to the
     * queue of the staff who keep the person's record, each told by a notice. Asked once; again only when the person
     * could not be reached.
     */
    @Transactional
    public ShortlistEntry requestContact(CurrentUser user, UUID entryId, String message) {
        ShortlistEntry before = entry(entryId);
        Vacancy vacancy = employers.vacancy(user, before.vacancyId());
        String text = message == null ? "" : VietnameseText.normalize(message);
        if (text.length() > ContactRequest.MESSAGE_MAX) {
            throw new PlacementException("contact.request.tooLong");
        }
        ShortlistEntry after = before.withContactRequested(text.isEmpty() ? null : text, clock.instant());
        shortlists.update(after, clock.instant());
        audit.changed("shortlist_entry", entryId, Map.of("contactRequested", false),
                Map.of("contactRequested", true, "vacancy", vacancy.title()));
        notifications.send(keepersOf(before.personId()), "notice.contactRequested",
                List.of(vacancyReads.summaries(List.of(vacancy.id())).get(vacancy.id()).employerName(), vacancy.title(),
                        maskedName(before.personId())),
                "/contacts");
        return after;
    }

    /**
     * Records the person's answer to an employer's waiting request, on their word, with the day they gave it: an
     * agreement (only while they consent to be found) shows the employer their name and the phone they agreed to
     * share, or, when they have none, which office to call; a refusal, or no answer, keeps them masked. Only staff who
     * keep the person's record may record it; the employer is told by a notice.
     */
    @Transactional
    public ShortlistEntry answer(CurrentUser user, UUID entryId, Answered given) {
        ShortlistEntry before = entry(entryId);
        Person person = records.view(user, before.personId());
        boolean findable = reads.findableNow(List.of(before.personId())).contains(before.personId());
        ContactRequest.Answer answer = given.answer();
        LocalDate on = given.on();
        ShortlistEntry after = before.withAnswer(answer, on, ProvinceTime.today(clock), findable,
                answer == ContactRequest.Answer.AGREED ? sharedPhone(person.id(), given.phone()) : null, given.office(),
                clock.instant());
        shortlists.update(after, clock.instant());
        audit.changed("shortlist_entry", entryId, Map.of("contactAgreed", before.contactAgreed()),
                Map.of("contactAgreed", after.contactAgreed(), "answer", answer, "answeredOn", on.toString()));
        Vacancy vacancy = vacancyReads.summaries(List.of(before.vacancyId())).get(before.vacancyId()).vacancy();
        notifications.send(List.of(Audience.employer(vacancy.employerId())), "notice.contactAnswered." + answer,
                List.of(maskedName(before.personId()), vacancy.title()), "/vacancies/" + vacancy.id() + "/shortlist");
        return after;
    }

    /** The phone typed with an agreement, or, when none was typed, the one the register holds; null when neither. */
    private String sharedPhone(UUID personId, String typed) {
        if (typed != null && !typed.isBlank()) {
            try {
                return PhoneNumber.of(typed).value();
            } catch (vn.tuyenquang.workforce.people.InvalidValueException e) {
                throw new PlacementException("contact.answer.phone.format");
            }
        }
        return register.find(personId).flatMap(Person::phone).map(PhoneNumber::value).orElse(null);
    }

    /** The contact requests the user's queue holds: those waiting, oldest first, then those answered lately. */
    public List<Request> contactQueue(CurrentUser user) {
        List<ShortlistEntry> entries = new java.util.ArrayList<>(shortlists.contactRequestsPending());
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
        java.util.Set<UUID> kept = records.kept(user, pending.stream().map(ShortlistEntry::personId).distinct().toList());
        return pending.stream().filter(e -> kept.contains(e.personId())).count();
    }

    private List<Request> requests(CurrentUser user, List<ShortlistEntry> entries) {
        if (user.role().isEmployerScoped() || entries.isEmpty()) {
            return List.of();
        }
        java.util.Set<UUID> kept = records.kept(user, entries.stream().map(ShortlistEntry::personId).distinct().toList());
        List<ShortlistEntry> inQueue = entries.stream().filter(e -> kept.contains(e.personId())).toList();
        Map<UUID, Person> persons = register.findAll(inQueue.stream().map(ShortlistEntry::personId).distinct().toList());
        Map<UUID, VacancySummary> vacancies = vacancyReads.summaries(
                inQueue.stream().map(ShortlistEntry::vacancyId).distinct().toList());
        return inQueue.stream().map(e -> new Request(e, persons.get(e.personId()).fullName(),
                vacancies.get(e.vacancyId()).vacancy(), vacancies.get(e.vacancyId()).employerName())).toList();
    }

    /** Who keeps the person's record: the department, their commune's officers, the centres that trained them. */
    private List<Audience> keepersOf(UUID personId) {
        List<Audience> keepers = new java.util.ArrayList<>();
        keepers.add(Audience.department());
        register.find(personId).ifPresent(p -> keepers.add(Audience.commune(p.communeCode())));
        training.centresOf(personId).forEach(centre -> keepers.add(Audience.centre(centre)));
        return keepers;
    }

    private boolean recordedToday(ShortlistRepository.Placement placement) {
        return ProvinceTime.dayOf(placement.recordedAt()).equals(ProvinceTime.today(clock));
    }

    private String maskedName(UUID personId) {
        return register.find(personId).map(p -> VietnameseText.maskName(p.fullName())).orElse("");
    }

    /** The hires of these persons recorded through the application, oldest first. */
    public List<Hire> hiresOf(java.util.Collection<UUID> personIds) {
        return personIds.isEmpty() ? List.of() : shortlists.hiresOf(personIds);
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
