package vn.tuyenquang.workforce.demo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import vn.tuyenquang.workforce.accounts.AccountManagement;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.accounts.NewAccount;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;
import vn.tuyenquang.workforce.training.TrainingCentre;

/**
 * With the {@code demo} profile, an empty installation is filled with a synthetic province: training centres, their
 * courses and learners ({@link DemoTraining}), a labour-supply survey of most communes and baselines for the rest
 * ({@link DemoSurvey}), employers with vacancies and hires ({@link DemoEmployers}), and one published account per
 * role, so a new user can try every role. Every page says the data is synthetic. Runs once: a second start finds the
 * demo centres and does nothing.
 */
@Component
@Profile("demo")
@Order(10)
class DemoProvince implements ApplicationRunner {

    /** The password of every demo account, published in the README: these accounts hold no real data. */
    static final String DEMO_PASSWORD = "demo-tuyenquang";
    static final long SEED = 2030;
    private static final Logger log = LoggerFactory.getLogger(DemoProvince.class);

    private final DemoTraining training;
    private final DemoSurvey survey;
    private final DemoEmployers employers;
    private final AccountManagement accounts;
    private final UserDetailsService users;
    private final ReferenceCatalog reference;

    DemoProvince(DemoTraining training, DemoSurvey survey, DemoEmployers employers, AccountManagement accounts,
                 UserDetailsService users, ReferenceCatalog reference) {
        this.training = training;
        this.survey = survey;
        this.employers = employers;
        this.accounts = accounts;
        this.users = users;
        this.reference = reference;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (training.loaded()) {
            return;
        }
        SyntheticProvince province = new SyntheticProvince(SEED, reference.communes());
        List<TrainingCentre> centres = training.createCentres();
        createAccounts(centres.get(0).id());
        CurrentUser department = (CurrentUser) users.loadUserByUsername("demo.so");
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(department, null, department.getAuthorities()));
        try {
            Map<String, List<UUID>> findable = training.fill(department, centres, province);
            survey.record(department, province);
            employers.create(department, findable);
        } finally {
            SecurityContextHolder.clearContext();
        }
        log.warn("Demo profile: a synthetic province was loaded ({} centres, {} learners each); the demo accounts"
                + " (see README) all use the password '{}'", centres.size(), DemoTraining.LEARNERS_PER_CENTRE,
                DEMO_PASSWORD);
    }

    private void createAccounts(UUID firstCentre) {
        accounts.create(new NewAccount("demo.so", "Sở (giả lập)", Role.DEPARTMENT, null, null, null, DEMO_PASSWORD), false);
        accounts.create(new NewAccount("demo.xa", "Cán bộ Phường Hà Giang 1 (giả lập)", Role.COMMUNE_OFFICER, "00694",
                null, null, DEMO_PASSWORD), false);
        accounts.create(new NewAccount("demo.truong", "Cán bộ Trường CĐKT (giả lập)", Role.CENTRE_STAFF, null,
                firstCentre, null, DEMO_PASSWORD), false);
    }
}
