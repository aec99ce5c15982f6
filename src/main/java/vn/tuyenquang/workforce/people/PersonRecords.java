package vn.tuyenquang.workforce.people;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tuyenquang.workforce.accounts.AuditTrail;
import vn.tuyenquang.workforce.accounts.CurrentUser;

/**
 * A person's record as the people who keep it see it: the department, administrators and the commune officer of
 * the person's commune the whole of it; the staff another module lets open it ({@link PersonVisibility}: a centre
 * its learners, an employer its contacts) the identity alone ({@link PersonView}). Refused to anyone else, with the
 * same answer whether or not the person exists. The grants are the beans that offer them.
 */
@Service
public class PersonRecords {

    private final PersonRepository persons;
    private final ObjectProvider<PersonVisibility> grants;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PersonRecords(PersonRepository persons, ObjectProvider<PersonVisibility> grants, AuditTrail audit, Clock clock,
                  ApplicationEventPublisher events) {
        this.persons = persons;
        this.grants = grants;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /** The most learners not matched to the survey one page or export lists. */
    public static final int UNMATCHED_MAX = 5000;

    /**
     * The learners aged 15+ whom training centres have enrolled and no survey of their commune has covered yet, as of
     * today: a commune officer's own commune, or, for the department, one commune or the province. They are whom a
     * survey team should meet; the indicators count them as "not matched to the survey".
     */
    public List<Person> unmatchedLearners(CurrentUser user, java.util.Optional<String> commune) {
        java.util.Optional<String> scope;
        if (user.role().isProvinceWide()) {
            scope = commune.filter(code -> !code.isBlank());
        } else if (user.role().isCommuneScoped()) {
            scope = user.communeCode();
        } else {
            throw new AccessDeniedException("unmatched learners are the department's and the commune officers'");
        }
        return persons.unmatchedLearners(scope, vn.tuyenquang.workforce.system.ProvinceTime.today(clock), 15,
                UNMATCHED_MAX);
    }

    /**
     * The same list, with the citizen IDs a survey team needs to match them, taken away in a file: one REVEAL row in the
     * audit trail for the export, naming the commune (or the province) and how many persons it held.
     */
    public List<Person> exportUnmatchedLearners(CurrentUser user, java.util.Optional<String> commune) {
        List<Person> learners = unmatchedLearners(user, commune);
        String scope = user.role().isProvinceWide() ? commune.filter(code -> !code.isBlank()).orElse("province")
                : user.communeCode().orElseThrow();
        audit.revealed("unmatched_learners", scope, "citizenIds:" + learners.size(), "SURVEY_MATCHING");
        return learners;
    }

    /** The person's record, as far as {@code user} may see it; never a record outside their scope. */
    public PersonView view(CurrentUser user, UUID id) {
        Person person = persons.findById(id).orElseThrow(() -> new InvalidValueException("person.notFound"));
        return shown(user, person);
    }

    /**
     * The whole record, for what only the record's keepers may do (show the phone, record consent, export):
     * refused to anyone who may see the identity alone.
     */
    public Person viewWhole(CurrentUser user, UUID id) {
        Person person = persons.findById(id).orElseThrow(() -> new InvalidValueException("person.notFound"));
        requireWhole(user, person);
        return person;
    }

    /** As much of {@code person}'s record as {@code user} may see (refused when none of it). */
    private PersonView shown(CurrentUser user, Person person) {
        return shownOf(user, person).orElseThrow(() -> new AccessDeniedException("person outside the user's scope"));
    }

    /** Of these persons, those whose record {@code user} keeps (may open, whole or the identity alone). */
    public Set<UUID> kept(CurrentUser user, java.util.Collection<UUID> ids) {
        return persons.findByIds(List.copyOf(ids)).stream().filter(p -> shownOf(user, p).isPresent()).map(Person::id)
                .collect(java.util.stream.Collectors.toSet());
    }

    private java.util.Optional<PersonView> shownOf(CurrentUser user, Person person) {
        if (user.role().isProvinceWide() || user.communeCode().map(person.communeCode()::equals).orElse(false)) {
            return java.util.Optional.of(person);
        }
        if (grants.orderedStream().anyMatch(grant -> grant.mayView(user, person.id()))) {
            return java.util.Optional.of(person.identity());
        }
        return java.util.Optional.empty();
    }

    /** The person with their qualification facts, for those who may see the whole record. */
    public RegisterEntry entry(CurrentUser user, UUID id) {
        RegisterEntry entry = persons.entries(List.of(id)).stream().findFirst()
                .orElseThrow(() -> new InvalidValueException("person.notFound"));
        requireWhole(user, entry.person());
        return entry;
    }

    private void requireWhole(CurrentUser user, Person person) {
        if (!shown(user, person).whole()) {
            throw new AccessDeniedException("the identity alone is in the user's reach");
        }
    }

    /** Records that the user was shown the person's personal data ("phone", "export"), with the reason they chose. */
    public void revealed(UUID personId, String what, RevealReason reason) {
        audit.revealed(Person.RECORD_TYPE, personId, what, reason.name());
    }

    /**
     * Records the person's consent to be found by employers, given or withdrawn (on their request,
     * entered by staff). Withdrawal takes effect at once: matching reads this flag, and every permission an
     * employer had to contact the person ends with it ({@link ConsentWithdrawn}).
     */
    @Transactional
    public void setConsent(UUID personId, boolean consent) {
        Person before = persons.findById(personId).orElseThrow(() -> new InvalidValueException("person.notFound"));
        persons.setConsent(personId, consent, clock.instant());
        audit.changed(Person.RECORD_TYPE, personId, Map.of("consentToBeFound", before.consentToBeFound()),
                Map.of("consentToBeFound", consent));
        events.publishEvent(new PersonsChanged(Set.of(personId)));
        if (!consent) {
            events.publishEvent(new ConsentWithdrawn(personId));
        }
    }

}
