package vn.tuyenquang.workforce.accreditation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.Scenario;
import vn.tuyenquang.workforce.ModuleTest;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.accounts.TestAccounts;
import vn.tuyenquang.workforce.system.ProvinceTime;

/**
 * The accreditation module alone, with the modules it depends on (accounts, system, and theirs), against the real
 * PostgreSQL: no training, no notifications, no search. It tells that an accreditation lapses as an event, once.
 */
@ModuleTest
@Import(TestAccounts.class)
class AccreditationModuleTest {

    @Autowired
    Accreditations accreditations;

    @Autowired
    AccreditationLapses lapses;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void anAccreditationThatLapsesWithinNinetyDaysIsToldAsAnEvent(Scenario scenario) {
        UUID centre = centre();
        LocalDate until = today().plusDays(30);
        accreditations.record(department(), centre, decision(until));

        scenario.stimulate(() -> lapses.tell())
                .andWaitForEventOfType(AccreditationLapsing.class)
                .matching(lapsing -> lapsing.centreId().equals(centre))
                .toArriveAndVerify(lapsing -> assertThat(lapsing.validUntil()).isEqualTo(until));
    }

    @Test
    void aLapseIsToldOnceHoweverOftenItIsLookedFor(PublishedEvents events) {
        UUID soon = centre();
        UUID later = centre();
        accreditations.record(department(), soon, decision(today().plusDays(AccreditationLapses.NOTICE_DAYS)));
        accreditations.record(department(), later, decision(today().plusDays(AccreditationLapses.NOTICE_DAYS + 1)));

        lapses.tell();
        lapses.tell();

        assertThat(events.ofType(AccreditationLapsing.class).matching(lapsing -> lapsing.centreId().equals(soon)))
                .hasSize(1);
        assertThat(events.ofType(AccreditationLapsing.class).matching(lapsing -> lapsing.centreId().equals(later)))
                .isEmpty();
    }

    private CurrentUser department() {
        return accounts.create(Role.DEPARTMENT);
    }

    private static AccreditationForm decision(LocalDate until) {
        return new AccreditationForm(Accreditation.Result.ACCREDITED, "Trung tâm Kiểm định chất lượng thử nghiệm",
                until.minusYears(3), until);
    }

    /** A centre as the training module keeps it: this module knows centres by id alone, so the test writes the row. */
    private UUID centre() {
        UUID id = UUID.randomUUID();
        String code = "K-" + id.toString().substring(0, 8).toUpperCase();
        jdbc.sql("insert into training_centre (id, code, name, name_folded, commune_code, created_at) "
                        + "values (?, ?, ?, ?, '00694', now())")
                .params(id, code, "Trường thử nghiệm " + code, "truong thu nghiem " + code.toLowerCase()).update();
        return id;
    }

    private LocalDate today() {
        return ProvinceTime.today(clock);
    }
}
