package vn.tuyenquang.workforce.employers;

import vn.tuyenquang.workforce.system.ProvinceTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import vn.tuyenquang.workforce.system.Refusal;
import org.springframework.transaction.annotation.Transactional;
import vn.tuyenquang.workforce.accounts.AuditTrail;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.people.InvalidValueException;
import vn.tuyenquang.workforce.people.PhoneNumber;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;
import vn.tuyenquang.workforce.text.VietnameseText;

/**
 * Employers and their vacancies. The department and administrators reach every employer; an employer's
 * account reaches its own employer only, checked here on every call, not only in the pages.
 */
@Service
public class Employers {

    private final EmployerRepository repository;
    private final ReferenceCatalog reference;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Employers(EmployerRepository repository, ReferenceCatalog reference, AuditTrail audit, Clock clock,
              ApplicationEventPublisher events) {
        this.repository = repository;
        this.reference = reference;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /** These employers' names, by id (public: vacancies name their employers). */
    public java.util.Map<UUID, String> names(java.util.Collection<UUID> employerIds) {
        return repository.names(employerIds);
    }

    /** Employers by name, accents optional (the department's list). */
    public List<Employer> search(String query, int limit) {
        return repository.search(VietnameseText.fold(query == null ? "" : query.strip()), limit);
    }

    @Transactional
    public Employer create(NewEmployer form) {
        TaxCode taxCode = TaxCode.of(form.taxCode());
        if (repository.taxCodeTaken(taxCode)) {
            throw new EmployerException("employer.taxCode.taken", "taxCode");
        }
        commune(form.communeCode());
        String phone = blankToNull(form.contactPhone());
        if (phone != null) {
            try {
                phone = PhoneNumber.of(phone).value();
            } catch (InvalidValueException e) {
                throw new EmployerException(e.messageKey(), "contactPhone");
            }
        }
        Employer employer = new Employer(UUID.randomUUID(), taxCode, VietnameseText.normalize(form.name()),
                optionalText(form.industrialPark()), form.communeCode(),
                VietnameseText.normalize(form.contactName()), phone, blankToNull(form.contactEmail()), clock.instant());
        repository.insert(employer);
        audit.created("employer", employer.id(), Map.of("taxCode", taxCode.value(), "name", employer.name(),
                "communeCode", employer.communeCode()));
        return employer;
    }

    /** The employer, if {@code user} may see it. */
    public Employer employer(CurrentUser user, UUID employerId) {
        check(user, employerId);
        return repository.find(employerId).orElseThrow(() -> new EmployerException("employer.notFound", null));
    }

    public List<Vacancy> vacancies(CurrentUser user, UUID employerId) {
        check(user, employerId);
        return repository.vacanciesOf(employerId);
    }

    /** A new vacancy of the employer, saved as a draft. */
    @Transactional
    public Vacancy createVacancy(CurrentUser user, UUID employerId, NewVacancy form) {
        employer(user, employerId);
        checkVacancy(form);
        Vacancy vacancy = drafted(UUID.randomUUID(), employerId, form, clock.instant());
        repository.insert(vacancy);
        events.publishEvent(new VacancyChanged(vacancy.id()));
        audit.created("vacancy", vacancy.id(), vacancy);
        return vacancy;
    }

    /**
     * The draft rewritten from the form, checked as a new one is; a vacancy no longer a draft (opened, or closed unopened)
     * is refused, since candidates and shortlists may already rest on what it said. Audited with its values before and
     * after.
     */
    @Transactional
    public Vacancy editDraft(CurrentUser user, UUID vacancyId, NewVacancy form) {
        Vacancy before = vacancy(user, vacancyId);
        checkVacancy(form);
        Vacancy after = drafted(vacancyId, before.employerId(), form, before.createdAt());
        if (before.status() != Vacancy.Status.DRAFT || !repository.updateDraft(after, clock.instant())) {
            throw new EmployerException("vacancy.notDraft", null);
        }
        events.publishEvent(new VacancyChanged(vacancyId));
        audit.changed("vacancy", vacancyId, before, after);
        return after;
    }

    private Vacancy drafted(UUID id, UUID employerId, NewVacancy form, Instant createdAt) {
        String sexReason = form.requiredSex() == null ? null : optionalText(form.sexReason());
        return new Vacancy(id, employerId, VietnameseText.normalize(form.title()),
                form.occupationCode(), form.minLevelCode(), VietnameseText.normalize(form.skills()), form.headcount(),
                form.payMinVnd(), form.payMaxVnd(), form.communeCode(),
                optionalText(form.industrialPark()), form.latitude(), form.longitude(),
                form.deadline(), Vacancy.Status.DRAFT, createdAt, form.requiredSex(), sexReason, 0);
    }

    /**
     * Checks a vacancy's values whole, writing nothing: every value at fault is refused at once (codes, pay range,
     * deadline, coordinates, a restriction to one sex without its reason, the commune). Values not given are left to the
     * form's own checks.
     */
    public void checkVacancy(NewVacancy form) {
        List<EmployerException> found = new java.util.ArrayList<>();
        LocalDate today = ProvinceTime.today(clock);
        if (form.occupationCode() != null && !form.occupationCode().isBlank() && reference.occupation(form.occupationCode())
                .filter(o -> o.level() == 4 && o.vsco()).isEmpty()) {
            found.add(new EmployerException("vacancy.occupation.unknown", "occupationCode"));
        }
        if (form.minLevelCode() != null && reference.qualificationLevel(form.minLevelCode()).isEmpty()) {
            found.add(new EmployerException("vacancy.level.unknown", "minLevelCode"));
        }
        if (form.payMinVnd() != null && form.payMaxVnd() != null && form.payMaxVnd() < form.payMinVnd()) {
            found.add(new EmployerException("vacancy.pay.order", "payMaxVnd"));
        }
        if (form.deadline() != null && form.deadline().isBefore(today)) {
            found.add(new EmployerException("vacancy.deadline.passed", "deadline"));
        }
        if (form.deadline() != null && form.deadline().isAfter(today.plusYears(2))) {
            found.add(new EmployerException("vacancy.deadline.tooFar", "deadline"));
        }
        if ((form.latitude() == null) != (form.longitude() == null)) {
            found.add(new EmployerException("vacancy.coordinates.both", "longitude"));
        }
        if (form.requiredSex() != null && optionalText(form.sexReason()) == null) {
            found.add(new EmployerException("vacancy.sexReason.required", "sexReason"));
        }
        if (form.communeCode() != null && !form.communeCode().isBlank() && reference.commune(form.communeCode()).isEmpty()) {
            found.add(new EmployerException("employer.commune.unknown", "communeCode"));
        }
        Refusal.throwIfAny(found);
    }

    /** The vacancy, if {@code user} may see its employer. */
    public Vacancy vacancy(CurrentUser user, UUID vacancyId) {
        Vacancy vacancy = repository.findVacancy(vacancyId)
                .orElseThrow(() -> new EmployerException("vacancy.notFound", null));
        check(user, vacancy.employerId());
        return vacancy;
    }

    /** Opens, fills or closes the vacancy, as its lifecycle allows. */
    @Transactional
    public Vacancy move(CurrentUser user, UUID vacancyId, Vacancy.Status target) {
        Vacancy before = vacancy(user, vacancyId);
        Vacancy after = before.moveTo(target, ProvinceTime.today(clock));
        repository.setStatus(vacancyId, after.status(), clock.instant());
        events.publishEvent(new VacancyChanged(vacancyId));
        audit.changed("vacancy", vacancyId, Map.of("status", before.status()), Map.of("status", after.status()));
        return after;
    }

    /**
     * A hire for the vacancy was recorded: it takes one of the places. The open vacancy whose places are all taken is
     * filled by itself, audited as the system's doing.
     */
    @Transactional
    public Vacancy hired(UUID vacancyId) {
        repository.addHire(vacancyId, clock.instant());
        Vacancy vacancy = repository.findVacancy(vacancyId).orElseThrow();
        if (vacancy.status() == Vacancy.Status.OPEN && vacancy.hired() >= vacancy.headcount()) {
            repository.setStatus(vacancyId, Vacancy.Status.FILLED, clock.instant());
            audit.changed("vacancy", vacancyId, Map.of("status", vacancy.status()),
                    Map.of("status", Vacancy.Status.FILLED, "because", "headcountReached"));
            vacancy = vacancy.withStatus(Vacancy.Status.FILLED);
        }
        events.publishEvent(new VacancyChanged(vacancyId));
        return vacancy;
    }

    /**
     * A hire undone on its day gives its place back: a vacancy filled with a place free again opens again, unless its
     * deadline has passed; audited as the system's doing.
     */
    @Transactional
    public Vacancy hireUndone(UUID vacancyId) {
        repository.removeHire(vacancyId, clock.instant());
        Vacancy vacancy = repository.findVacancy(vacancyId).orElseThrow();
        if (vacancy.status() == Vacancy.Status.FILLED && vacancy.hired() < vacancy.headcount()
                && !vacancy.deadline().isBefore(ProvinceTime.today(clock))
                && repository.moveFrom(vacancyId, Vacancy.Status.FILLED, Vacancy.Status.OPEN, clock.instant())) {
            audit.changed("vacancy", vacancyId, Map.of("status", vacancy.status()),
                    Map.of("status", Vacancy.Status.OPEN, "because", "hireUndone"));
            vacancy = vacancy.withStatus(Vacancy.Status.OPEN);
        }
        events.publishEvent(new VacancyChanged(vacancyId));
        return vacancy;
    }

    /**
     * Every open vacancy whose deadline has passed expires; returns how many did. Each moves only from open, so that two
     * instances expiring at once expire (and audit) each vacancy once.
     */
    @Transactional
    public int expireOverdue() {
        int expired = 0;
        for (Vacancy vacancy : repository.overdue(ProvinceTime.today(clock))) {
            if (repository.moveFrom(vacancy.id(), Vacancy.Status.OPEN, Vacancy.Status.EXPIRED, clock.instant())) {
                events.publishEvent(new VacancyChanged(vacancy.id()));
                audit.changed("vacancy", vacancy.id(), Map.of("status", vacancy.status()),
                        Map.of("status", Vacancy.Status.EXPIRED));
                expired++;
            }
        }
        return expired;
    }

    private void commune(String code) {
        if (reference.commune(code).isEmpty()) {
            throw new EmployerException("employer.commune.unknown", "communeCode");
        }
    }

    private static void check(CurrentUser user, UUID employerId) {
        if (!user.role().isProvinceWide() && !user.employerId().map(employerId::equals).orElse(false)) {
            throw new AccessDeniedException("not this user's employer");
        }
    }

    /** Free text that may be left empty: normalised, or null when empty. */
    private static String optionalText(String value) {
        String present = blankToNull(value);
        return present == null ? null : VietnameseText.normalize(present);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
