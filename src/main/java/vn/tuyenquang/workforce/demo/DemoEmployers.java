package vn.tuyenquang.workforce.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import vn.tuyenquang.workforce.accounts.AccountManagement;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.accounts.NewAccount;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.employers.Employers;
import vn.tuyenquang.workforce.employers.NewEmployer;
import vn.tuyenquang.workforce.employers.NewVacancy;
import vn.tuyenquang.workforce.employers.Vacancy;
import vn.tuyenquang.workforce.placement.ContactRequest;
import vn.tuyenquang.workforce.placement.ShortlistEntry;
import vn.tuyenquang.workforce.placement.ContactAnswers;
import vn.tuyenquang.workforce.placement.Hiring;
import vn.tuyenquang.workforce.placement.Shortlists;
import vn.tuyenquang.workforce.system.ProvinceTime;

/**
 * The demo province's employers (synthetic) in its industrial areas, their vacancies and the demo employer account; and
 * a few of the learners who asked to be found already hired through the application, each at the end of the whole
 * journey (shortlisted, asked, agreed with the phone on their record, interviewed, hired), so that the outcomes and
 * placements pages and the shortlist show what they do.
 */
@Component
@Profile("demo")
class DemoEmployers {

    /** How many learners of each open vacancy's trade are hired. */
    static final int HIRED_PER_VACANCY = 3;

    private final Employers employers;
    private final Shortlists shortlists;
    private final ContactAnswers contacts;
    private final Hiring hiring;
    private final AccountManagement accounts;

    DemoEmployers(Employers employers, Shortlists shortlists, ContactAnswers contacts, Hiring hiring,
                   AccountManagement accounts) {
        this.employers = employers;
        this.shortlists = shortlists;
        this.contacts = contacts;
        this.hiring = hiring;
        this.accounts = accounts;
    }

    /** Creates them, {@code department} acting; {@code findable}: learners who may be found, by trade. */
    void create(CurrentUser department, Map<String, List<UUID>> findable) {
        // tax code, name, industrial area, commune: the communes are real units; the employers are not.
        String[][] names = {{"4600900017", "Công ty TNHH May mặc Sông Lô (giả lập)", "Khu công nghiệp giả lập số 1", "02215"},
                {"4600900024", "Công ty CP Cơ khí Hàm Yên (giả lập)", "Cụm công nghiệp giả lập số 2", "02374"},
                {"4600900031", "Công ty TNHH Chế biến gỗ Chiêm Hóa (giả lập)", null, "02287"}};
        List<UUID> ids = new ArrayList<>();
        for (String[] e : names) {
            ids.add(employers.create(new NewEmployer(e[0], e[1], e[2], e[3], "Phòng Nhân sự (giả lập)", null, null)).id());
        }
        LocalDate today = ProvinceTime.today(java.time.Clock.systemUTC());
        LocalDate deadline = today.plusMonths(2);
        List<NewVacancy> vacancies = List.of(
                new NewVacancy("Công nhân may công nghiệp", "7533", "SO_CAP", "May công nghiệp, vắt sổ, may máy một kim",
                        80, 6_500_000L, 9_000_000L, "02215", "Khu công nghiệp giả lập số 1", null, null, deadline, null, null),
                new NewVacancy("Thợ hàn", "7212", "SO_CAP", "Hàn điện, hàn MIG/MAG", 15, 8_000_000L, 12_000_000L, "02374",
                        "Cụm công nghiệp giả lập số 2", null, null, deadline, null, null),
                new NewVacancy("Thợ điện công nghiệp", "7412", "TRUNG_CAP", "Lắp đặt, bảo trì tủ điện, đọc bản vẽ", 6,
                        9_000_000L, 13_000_000L, "02374", null, null, null, deadline, null, null),
                new NewVacancy("Công nhân chế biến gỗ", "7522", "SO_CAP", "Vận hành máy cưa, bào, chà nhám", 25, 7_000_000L,
                        9_500_000L, "02287", null, null, null, deadline, null, null));
        int[] postedBy = {0, 1, 1, 2};
        for (int i = 0; i < vacancies.size(); i++) {
            Vacancy vacancy = employers.createVacancy(department, ids.get(postedBy[i]), vacancies.get(i));
            if (i < 3) {
                employers.move(department, vacancy.id(), Vacancy.Status.OPEN);
                hire(department, vacancy, findable.getOrDefault(vacancy.occupationCode(), List.of()), today);
            }
        }
        accounts.create(new NewAccount("demo.dn", "Phòng Nhân sự May Sông Lô (giả lập)", Role.EMPLOYER, null, null,
                ids.get(0), DemoProvince.DEMO_PASSWORD), false);
    }

    private void hire(CurrentUser department, Vacancy vacancy, List<UUID> learners, LocalDate today) {
        for (UUID person : learners.stream().limit(HIRED_PER_VACANCY).toList()) {
            UUID entry = shortlists.shortlist(department, vacancy.id(), person).id();
            shortlists.requestContact(department, entry, "Ca ngày, làm tại khu công nghiệp (giả lập)");
            contacts.answer(department, entry, new ContactAnswers.Answered(ContactRequest.Answer.AGREED, today, null));
            for (ShortlistEntry.Stage stage : List.of(ShortlistEntry.Stage.CONTACTED, ShortlistEntry.Stage.INTERVIEWED,
                    ShortlistEntry.Stage.HIRED)) {
                hiring.move(department, entry, stage, today);
            }
        }
    }
}
