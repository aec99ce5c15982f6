package vn.tuyenquang.workforce.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;
import vn.tuyenquang.workforce.ModuleTest;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.accounts.TestAccounts;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;

/**
 * The people module alone, with the modules it depends on (accounts, reference, system, text), against the real
 * PostgreSQL: the facts it tells other modules, and how much of a record a user is shown when another module (here a
 * stand-in for training's grant to a centre's staff) lets them open it.
 */
@ModuleTest
@Import({PeopleModuleTest.Grants.class, TestAccounts.class})
class PeopleModuleTest {

    /** Another module's grant, as training's is: whom it lets open a record they do not keep. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Grants {

        static final Set<UUID> OPENED = ConcurrentHashMap.newKeySet();

        @Bean
        PersonVisibility openedByTheTest() {
            return (user, personId) -> OPENED.contains(personId);
        }
    }

    @Autowired
    PersonRegister register;

    @Autowired
    PersonRecords records;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ReferenceCatalog reference;

    @Test
    void anEmploymentRecordedTellsOtherModulesThatThePersonChanged(Scenario scenario) {
        UUID person = register.register(TestPeople.person("Hoàng Thị Sự Kiện", LocalDate.of(1995, 3, 4), Sex.FEMALE))
                .personId();
        LocalDate hired = LocalDate.of(2026, 5, 4);

        scenario.stimulate(() -> register.recordEmployment(person, hired, "hire"))
                .andWaitForEventOfType(PersonsChanged.class)
                .matching(changed -> changed.personIds().contains(person))
                .toArriveAndVerify((changed, statusChanged) -> {
                    assertThat(statusChanged).isTrue();
                    assertThat(changed.personIds()).containsExactly(person);
                    assertThat(register.find(person).orElseThrow().labourStatus()).isEqualTo(LabourStatus.EMPLOYED);
                });
    }

    @Test
    void anEmploymentAlreadyRecordedChangesNothingAndTellsNothing(PublishedEvents events) {
        UUID person = register.register(TestPeople.person("Đàm Văn Lặp", LocalDate.of(1993, 6, 7), Sex.MALE))
                .personId();
        LocalDate hired = LocalDate.of(2026, 5, 4);

        assertThat(register.recordEmployment(person, hired, "hire")).isTrue();
        assertThat(register.recordEmployment(person, hired, "hire")).isFalse();

        assertThat(events.ofType(PersonsChanged.class).matching(changed -> changed.personIds().contains(person)))
                .hasSize(1);
    }

    @Test
    void consentWithdrawnIsToldOnceAndConsentGivenIsNot(PublishedEvents events) {
        UUID person = register.register(TestPeople.person("Lý Văn Đồng Ý", LocalDate.of(1990, 1, 2), Sex.MALE))
                .personId();

        records.setConsent(person, true);
        assertThat(events.ofType(ConsentWithdrawn.class).matching(ConsentWithdrawn::personId, person)).isEmpty();

        records.setConsent(person, false);
        assertThat(events.ofType(ConsentWithdrawn.class).matching(ConsentWithdrawn::personId, person)).hasSize(1);
        assertThat(events.ofType(PersonsChanged.class).matching(changed -> changed.personIds().contains(person)))
                .hasSize(2);
    }

    @Test
    void aUserAnotherModuleLetsOpenARecordIsGivenTheIdentityAloneAndTheKeepersTheWholeRecord() {
        LocalDate born = LocalDate.of(1988, 8, 8);
        UUID id = register.register(TestPeople.person("Nông Thị Định Danh", born, Sex.FEMALE)).personId();
        Person whole = register.find(id).orElseThrow();
        String elsewhere = reference.communeNames().keySet().stream().filter(code -> !code.equals(whole.communeCode()))
                .findFirst().orElseThrow();
        CurrentUser officerElsewhere = accounts.communeOfficer(elsewhere);

        assertThatThrownBy(() -> records.view(officerElsewhere, id)).isInstanceOf(AccessDeniedException.class);

        Grants.OPENED.add(id);
        PersonView shown = records.view(officerElsewhere, id);
        assertThat(shown).isEqualTo(new PersonView.Identity(id, whole.citizenId(), "Nông Thị Định Danh", born, Sex.FEMALE));
        assertThat(shown.whole()).isFalse();
        assertThatThrownBy(() -> records.viewWhole(officerElsewhere, id)).isInstanceOf(AccessDeniedException.class);

        CurrentUser officerOfTheCommune = accounts.communeOfficer(whole.communeCode());
        assertThat(records.view(officerOfTheCommune, id)).isEqualTo(whole);
        assertThat(records.view(officerOfTheCommune, id).whole()).isTrue();
    }
}
