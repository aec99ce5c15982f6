package vn.tuyenquang.workforce.accounts;

import java.time.Instant;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.tuyenquang.workforce.employers.Employers;
import vn.tuyenquang.workforce.employers.TestEmployers;
import vn.tuyenquang.workforce.training.NewCentre;
import vn.tuyenquang.workforce.training.NewCourse;
import vn.tuyenquang.workforce.training.TrainingRegistry;

/** Accounts for tests, ready to sign in (no pending password change), each with a unique user name. */
@TestComponent
public class TestAccounts {

    public static final String PASSWORD = "correct-horse-battery";

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    /** Absent where a module test starts neither training nor employers: then no centre or employer is made. */
    private final ObjectProvider<TrainingRegistry> training;
    private final ObjectProvider<Employers> employers;

    TestAccounts(AccountRepository accounts, PasswordEncoder passwords, ObjectProvider<TrainingRegistry> training,
                 ObjectProvider<Employers> employers) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.training = training;
        this.employers = employers;
    }

    /**
     * A new account of {@code role}: commune officers get Phường Hà Giang 1 (00694), centre staff a new
     * centre of their own, employers a new employer of their own.
     */
    public CurrentUser create(Role role) {
        UUID centre = role.isCentreScoped() ? newCentre() : null;
        return create(role, centre);
    }

    /** A new staff account of an existing centre (or, for other roles, {@code centreId} is ignored). */
    public CurrentUser create(Role role, UUID centreId) {
        return create(role, centreId, "00694");
    }

    /** A new commune officer of {@code communeCode}. */
    public CurrentUser communeOfficer(String communeCode) {
        return create(Role.COMMUNE_OFFICER, null, communeCode);
    }

    private CurrentUser create(Role role, UUID centreId, String communeCode) {
        String username = role.name().toLowerCase().replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
        UUID employer = role.isEmployerScoped() ? newEmployer() : null;
        Account account = Account.create(username, "Người thử " + role.name(), passwords.encode(PASSWORD), role,
                role.isCommuneScoped() ? communeCode : null, centreId, employer, false, Instant.now());
        accounts.insert(account);
        return new CurrentUser(account);
    }

    /** A new course of the centre, with a unique code, that {@code staff} (or the department) creates. */
    public UUID newCourse(CurrentUser staff, UUID centreId, String name, String occupationCode) {
        String code = "C-" + UUID.randomUUID().toString().substring(0, 8);
        return training.getObject().createCourse(staff, centreId, new NewCourse(code, name,
                occupationCode, "SO_CAP", 3, true)).id();
    }

    /** A new employer in Phường Hà Giang 1 with a unique tax code. */
    public UUID newEmployer() {
        return employers.getObject().create(TestEmployers.employer("Công ty thử nghiệm " + UUID.randomUUID().toString().substring(0, 6))).id();
    }

    /** A new training centre in Phường Hà Giang 1 with a unique code. */
    public UUID newCentre() {
        String code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        return training.getObject().createCentre(new NewCentre(code, "Trường thử nghiệm " + code, "00694")).id();
    }
}
