package vn.tuyenquang.workforce.abroad;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tuyenquang.workforce.accounts.AuditTrail;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.people.Person;
import vn.tuyenquang.workforce.people.PersonRegister;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;
import vn.tuyenquang.workforce.system.ProvinceTime;
import vn.tuyenquang.workforce.system.RecordIds;
import vn.tuyenquang.workforce.system.Refusal;

/**
 * Departures to work abroad, recorded by the department (anyone in the register) and commune officers (their
 * commune's people): the person, found by citizen ID, is abroad in the register from the day of departure and, once a
 * return day is recorded, unemployed (back in the labour force) from it, until a survey or a hire says otherwise. The
 * same departure recorded again (same person, same day) changes nothing but a return day it did not have. Audited.
 */
@Service
public class Departures {

    /** What recording a departure did. */
    public enum Saved { CREATED, UPDATED, UNCHANGED }

    /** The departure and what recording it did. */
    public record Recorded(Departure departure, Saved saved) {
    }

    private final DepartureRepository departures;
    private final PersonRegister register;
    private final ReferenceCatalog reference;
    private final AuditTrail audit;
    private final Clock clock;

    Departures(DepartureRepository departures, PersonRegister register, ReferenceCatalog reference, AuditTrail audit,
               Clock clock) {
        this.departures = departures;
        this.register = register;
        this.reference = reference;
        this.audit = audit;
        this.clock = clock;
    }

    /** Checks a departure as entered, every mistake at once, writing nothing. */
    public void check(CurrentUser user, DepartureForm form) {
        List<Refusal> found = new ArrayList<>();
        try {
            person(user, form.citizenId());
        } catch (Refusal refused) {
            found.add(refused);
        }
        if (form.countryCode() != null && !form.countryCode().isBlank() && Countries.known(form.countryCode()).isEmpty()) {
            found.add(new DepartureException("departure.country.unknown", "countryCode"));
        }
        if (form.occupationCode() != null && !form.occupationCode().isBlank()
                && reference.occupation(form.occupationCode().strip()).filter(o -> o.level() == 4 && o.vsco()).isEmpty()) {
            found.add(new DepartureException("departure.occupation.unknown", "occupationCode"));
        }
        if (form.sentBy() == null || form.sentBy().isBlank()) {
            found.add(new DepartureException("import.value.required", "sentBy"));
        }
        LocalDate today = ProvinceTime.today(clock);
        if (form.departedOn() != null && form.departedOn().isAfter(today)) {
            found.add(new DepartureException("departure.departedOn.future", "departedOn"));
        }
        if (form.contractMonths() == null || form.contractMonths() < 1 || form.contractMonths() > 120) {
            found.add(new DepartureException("departure.contractMonths.range", "contractMonths"));
        }
        if (form.returnedOn() != null && form.returnedOn().isAfter(today)) {
            found.add(new DepartureException("departure.returnedOn.future", "returnedOn"));
        } else if (form.returnedOn() != null && form.departedOn() != null && form.returnedOn().isBefore(form.departedOn())) {
            found.add(new DepartureException("departure.returnedOn.beforeDeparture", "returnedOn"));
        }
        Refusal.throwIfAny(found);
    }

    @Transactional
    public Recorded record(CurrentUser user, DepartureForm form) {
        check(user, form);
        Person person = person(user, form.citizenId());
        Optional<Departure> existing = departures.find(person.id(), form.departedOn());
        if (existing.isPresent()) {
            Departure recorded = existing.get();
            if (form.returnedOn() != null && recorded.returnedOn() == null) {
                return new Recorded(returned(recorded, form.returnedOn()), Saved.UPDATED);
            }
            return new Recorded(recorded, Saved.UNCHANGED);
        }
        Departure departure = new Departure(RecordIds.next(), person.id(), Countries.known(form.countryCode()).orElseThrow(),
                form.occupationCode().strip(), form.sentBy().strip(), form.departedOn(), form.contractMonths(), null,
                user.getUsername(), clock.instant());
        departures.insert(departure);
        audit.created("departure", departure.id(), departure);
        register.recordDeparture(person.id(), departure.departedOn(), "departure " + departure.id());
        return new Recorded(form.returnedOn() == null ? departure : returned(departure, form.returnedOn()), Saved.CREATED);
    }

    /** Records the day the worker came back. */
    @Transactional
    public Departure recordReturn(CurrentUser user, UUID departureId, LocalDate on) {
        Departure departure = departures.find(departureId)
                .orElseThrow(() -> new DepartureException("departure.notFound", null));
        scope(user, register.find(departure.personId()).orElseThrow());
        if (on == null) {
            throw new DepartureException("import.value.required", "returnedOn");
        }
        if (on.isAfter(ProvinceTime.today(clock))) {
            throw new DepartureException("departure.returnedOn.future", "returnedOn");
        }
        if (on.isBefore(departure.departedOn())) {
            throw new DepartureException("departure.returnedOn.beforeDeparture", "returnedOn");
        }
        return returned(departure, on);
    }

    private Departure returned(Departure departure, LocalDate on) {
        departures.setReturn(departure.id(), on);
        Departure after = new Departure(departure.id(), departure.personId(), departure.countryCode(),
                departure.occupationCode(), departure.sentBy(), departure.departedOn(), departure.contractMonths(), on,
                departure.recordedBy(), departure.recordedAt());
        audit.changed("departure", departure.id(), departure, after);
        register.recordReturn(departure.personId(), on, "return " + departure.id());
        return after;
    }

    /**
     * The registered person with this citizen ID whom the user may record; one refusal for an ID nobody has and for a
     * person of another commune, so that it never tells an officer who lives elsewhere.
     */
    private Person person(CurrentUser user, String citizenId) {
        if (citizenId == null || citizenId.isBlank()) {
            throw new DepartureException("import.value.required", "citizenId");
        }
        Optional<Person> person;
        try {
            person = register.findByCitizenId(citizenId.strip());
        } catch (Refusal notAnId) {
            throw new DepartureException(notAnId.messageKey(), "citizenId");
        }
        Person found = person.orElseThrow(() -> new DepartureException("departure.person.unknown", "citizenId"));
        try {
            scope(user, found);
        } catch (AccessDeniedException elsewhere) {
            throw new DepartureException("departure.person.unknown", "citizenId");
        }
        return found;
    }

    private static void scope(CurrentUser user, Person person) {
        if (!user.role().isProvinceWide() && !user.communeCode().map(person.communeCode()::equals).orElse(false)) {
            throw new AccessDeniedException("departures are the department's and each commune's");
        }
    }
}
