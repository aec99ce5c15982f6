package vn.tuyenquang.workforce.parks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.tuyenquang.workforce.IntegrationTest;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.accounts.TestAccounts;
import vn.tuyenquang.workforce.employers.Employers;
import vn.tuyenquang.workforce.employers.NewEmployer;
import vn.tuyenquang.workforce.employers.NewVacancy;
import vn.tuyenquang.workforce.employers.TestEmployers;
import vn.tuyenquang.workforce.employers.Vacancy;
import vn.tuyenquang.workforce.people.LabourStatus;
import vn.tuyenquang.workforce.people.NewPerson;
import vn.tuyenquang.workforce.people.Sex;
import vn.tuyenquang.workforce.people.TestPeople;
import vn.tuyenquang.workforce.system.Refusal;
import vn.tuyenquang.workforce.training.Certificates;
import vn.tuyenquang.workforce.training.Enrolment;
import vn.tuyenquang.workforce.training.TrainingRegistry;

/** The department's list of industrial parks, the typed names mapped to it, and the figures by park. */
@IntegrationTest
@Import(TestAccounts.class)
class IndustrialParksTest {

    /** Xã Vĩnh Tuy, which no other test's people live in; plumbing (7126), which no other test trains for. */
    static final String COMMUNE = "01156";
    static final String TRADE = "7126";

    @Autowired
    ParksFile file;

    @Autowired
    IndustrialParks parks;

    @Autowired
    ParkNames names;

    @Autowired
    ParkReport report;

    @Autowired
    Employers employers;

    @Autowired
    TrainingRegistry training;

    @Autowired
    Certificates certificates;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    final String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    /**
     * Rows 2 and 3 are created (the kind's letter case aside), row 4 is refused for all three of its mistakes at once,
     * and row 5 corrects row 2's park (the same code in other letters): every record has one outcome.
     */
    @Test
    void theParksFileGivesEveryRecordAnOutcomeAndABadRowNeverTakesTheOthersDown() {
        List<ParksFile.Row> rows = file.load(csv("ma_khu,ten_khu,loai,ma_xa\n"
                + "P1-" + suffix + ",Khu công nghiệp Thử Một,KCN," + COMMUNE + "\n"
                + "P2-" + suffix + ",Cụm công nghiệp Thử Hai,ccn,01153\n"
                + "P3-" + suffix + ",,XYZ,99999\n"
                + "p1-" + suffix + ",\"Khu công nghiệp Thử Một, mở rộng\",KCN," + COMMUNE + "\n"));

        assertThat(rows).extracting(ParksFile.Row::row, ParksFile.Row::saved).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, IndustrialParks.Saved.CREATED),
                org.assertj.core.groups.Tuple.tuple(3L, IndustrialParks.Saved.CREATED),
                org.assertj.core.groups.Tuple.tuple(4L, null),
                org.assertj.core.groups.Tuple.tuple(5L, IndustrialParks.Saved.UPDATED));
        assertThat(rows.get(2).problems()).containsExactly(
                new ParksFile.Problem("ten_khu", "import.value.required"),
                new ParksFile.Problem("loai", "parks.file.kind"),
                new ParksFile.Problem("ma_xa", "park.commune.unknown"));
        assertThat(parks.park("P1-" + suffix).name()).isEqualTo("Khu công nghiệp Thử Một, mở rộng");
        assertThat(parks.park("P2-" + suffix).kind()).isEqualTo(IndustrialPark.Kind.CCN);
        assertThat(file.load(csv("ma_khu,ten_khu,loai,ma_xa\nP2-" + suffix + ",Cụm công nghiệp Thử Hai,CCN,01153\n")))
                .extracting(ParksFile.Row::saved).containsExactly(IndustrialParks.Saved.UNCHANGED);
        assertThatThrownBy(() -> file.load(csv("ma_khu;ten_khu;ma_xa\nP9;Khu;" + COMMUNE + "\n")))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.messageKey()).isEqualTo("parks.file.columns"));
        assertThatThrownBy(() -> file.load(new ByteArrayInputStream(new byte[] {'m', 'a', (byte) 0xC0, '\n'})))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.messageKey()).isEqualTo("parks.file.encoding"));
    }

    /**
     * E1 typed "KCN Thử <suffix>" and posted V1 (5 places, 2 hired); E2 typed nothing and posted V2 naming "Thử Một
     * <suffix>" itself (3 places) and V3 naming none (4 places). Two plumbers certified live in the park's commune. Once
     * both names are mapped to the park: 2 employers, 2 vacancies, 8 places, 2 hired, 6 open; plumbing: 2 certified in
     * the commune, 4 places missing. V3 stays outside every park. No employer's typed name changes.
     */
    @Test
    void vacanciesBelongToTheParkTheirTypedNameIsMappedTo() {
        CurrentUser department = accounts.create(Role.DEPARTMENT);
        IndustrialPark park = parks.create(new ParkForm("K-" + suffix, "Khu công nghiệp Thử " + suffix,
                IndustrialPark.Kind.KCN, COMMUNE));
        String e1Typed = "KCN Thử " + suffix;
        String v2Typed = "Thử Một " + suffix;
        UUID e1 = employers.create(new NewEmployer(TestEmployers.taxCode(), "Công ty Một " + suffix, e1Typed, COMMUNE,
                "Nguyễn Thị Liên", "0912345678", null)).id();
        UUID e2 = employers.create(new NewEmployer(TestEmployers.taxCode(), "Công ty Hai " + suffix, null, COMMUNE,
                "Nguyễn Thị Liên", "0912345678", null)).id();
        UUID v1 = vacancy(department, e1, null, 5);
        employers.hired(v1);
        employers.hired(v1);
        vacancy(department, e2, v2Typed, 3);
        vacancy(department, e2, null, 4);
        certifiedPlumbers(2);

        assertThat(figures(department, park).vacancies()).isZero();
        assertThat(names.typed()).filteredOn(t -> t.text().equals(e1Typed) || t.text().equals(v2Typed))
                .extracting(ParkNames.Typed::parkCode).containsOnlyNulls().hasSize(2);

        names.map(department, e1Typed, park.code());
        names.map(department, v2Typed, park.code().toLowerCase());

        ParkReport.ParkFigures mapped = figures(department, park);
        assertThat(List.of(mapped.employers(), mapped.vacancies(), mapped.places(), mapped.hired(), mapped.open()))
                .containsExactly(2, 2, 8, 2, 6);
        ParkReport.Line plumbing = mapped.trades().get(0);
        assertThat(plumbing.occupationCode()).isEqualTo(TRADE);
        assertThat(plumbing.certifiedInCommune()).isEqualTo(2);
        assertThat(plumbing.gap()).isEqualTo(4);
        assertThat(report.figures(department).get(report.figures(department).size() - 1).park()).isNull();
        assertThat(jdbc.sql("select industrial_park from employer where id = ?").param(e1).query(String.class).single())
                .isEqualTo(e1Typed);
        assertThat(names.typed()).filteredOn(t -> t.text().equals(e1Typed)).extracting(ParkNames.Typed::parkCode)
                .containsExactly(park.code());
    }

    @Test
    void theParksAreTheDepartmentsAndTheFormShowsEveryMistakeAtOnce() throws Exception {
        CurrentUser department = accounts.create(Role.DEPARTMENT);
        parks.create(new ParkForm("T-" + suffix, "Khu thử", IndustrialPark.Kind.CCN, COMMUNE));

        String page = mvc.perform(post("/parks").with(user(department)).with(csrf()).param("code", "t-" + suffix)
                        .param("name", "Trùng mã").param("kind", "KCN").param("communeCode", "99999"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Đã có khu, cụm mang mã này.", "Không có xã, phường mang mã này.");

        String loaded = mvc.perform(multipart("/parks/import").file(new MockMultipartFile("file", "khu.csv", "text/csv",
                        ("ma_khu,ten_khu,loai,ma_xa\nU-" + suffix + ",Cụm thử tải lên,CCN," + COMMUNE + "\n")
                                .getBytes(StandardCharsets.UTF_8))).with(user(department)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(loaded).contains("Kết quả nhập tệp", "U-" + suffix, "Tạo mới", "Cụm thử tải lên");

        for (Role refused : List.of(Role.COMMUNE_OFFICER, Role.CENTRE_STAFF, Role.EMPLOYER)) {
            mvc.perform(get("/parks").with(user(accounts.create(refused)))).andExpect(status().isForbidden());
        }
    }

    private ParkReport.ParkFigures figures(CurrentUser user, IndustrialPark park) {
        return report.figures(user).stream().filter(f -> f.park() != null && f.park().code().equals(park.code()))
                .findFirst().orElseThrow();
    }

    private UUID vacancy(CurrentUser user, UUID employer, String park, int places) {
        UUID id = employers.createVacancy(user, employer, new NewVacancy("Thợ cấp thoát nước", TRADE, "SO_CAP",
                "lắp đặt đường ống", places, 6_000_000L, 8_000_000L, COMMUNE, park, null, null,
                LocalDate.now().plusMonths(1), null, null)).id();
        employers.move(user, id, Vacancy.Status.OPEN);
        return id;
    }

    private void certifiedPlumbers(int count) {
        UUID centre = accounts.newCentre();
        CurrentUser staff = accounts.create(Role.CENTRE_STAFF, centre);
        UUID course = accounts.newCourse(staff, centre, "Cấp thoát nước", TRADE);
        for (int i = 0; i < count; i++) {
            LocalDate born = LocalDate.of(1996, 1 + i, 10);
            Enrolment enrolment = training.enrol(staff, course, new NewPerson(TestPeople.citizenId(born, Sex.MALE),
                    "Thợ nước " + i, born, Sex.MALE, "02", COMMUNE, null, LabourStatus.UNEMPLOYED), LocalDate.of(2025, 1, 5));
            training.complete(staff, enrolment.id(), LocalDate.of(2025, 4, 5));
            certificates.issue(staff, enrolment.id(), "CTN-" + suffix + "-" + i, LocalDate.of(2025, 4, 6));
        }
    }

    private static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
