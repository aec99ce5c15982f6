package vn.tuyenquang.workforce.abroad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import vn.tuyenquang.workforce.IntegrationTest;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.accounts.TestAccounts;
import vn.tuyenquang.workforce.indicators.Denominator;
import vn.tuyenquang.workforce.indicators.Figure;
import vn.tuyenquang.workforce.indicators.IndicatorSettings;
import vn.tuyenquang.workforce.indicators.Indicators;
import vn.tuyenquang.workforce.indicators.Source;
import vn.tuyenquang.workforce.indicators.WorkersAbroad;
import vn.tuyenquang.workforce.people.LabourStatus;
import vn.tuyenquang.workforce.people.NewPerson;
import vn.tuyenquang.workforce.people.PersonRegister;
import vn.tuyenquang.workforce.people.RegisterReads;
import vn.tuyenquang.workforce.people.Sex;
import vn.tuyenquang.workforce.people.TestPeople;
import vn.tuyenquang.workforce.system.Refusal;
import vn.tuyenquang.workforce.training.Enrolment;
import vn.tuyenquang.workforce.training.TestCertificates;
import vn.tuyenquang.workforce.training.TrainingRegistry;

/** Work abroad under contract (resolution IV.7b): the register, the indicators' population, the report and the file. */
@IntegrationTest
@Import({TestAccounts.class, TestCertificates.class})
class WorkAbroadTest {

    /** Xã Đồng Tâm, whose population no other test builds. */
    static final String COMMUNE = "01165";

    @Autowired
    Departures departures;

    @Autowired
    DeparturesFile file;

    @Autowired
    AbroadReport report;

    @Autowired
    PersonRegister register;

    @Autowired
    RegisterReads reads;

    @Autowired
    Indicators indicators;

    @Autowired
    TestCertificates certificates;

    @Autowired
    TrainingRegistry training;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MockMvc mvc;

    @Autowired
    vn.tuyenquang.workforce.outcomes.TrainingOutcomes outcomes;

    /**
     * An employed worker of the commune's register leaves on 1 February 2026: on 31 December 2026 they are outside the
     * labour force, so the commune's population (the rates' denominator) loses them; once their return on 1 June 2026
     * is recorded they count again, unemployed from that day, and the days before keep their statuses.
     */
    @Test
    void aDepartureTakesThePersonOutOfTheLabourForceFromItsDayAndTheReturnBringsThemBack() {
        CurrentUser department = accounts.create(Role.DEPARTMENT);
        int before = population(2026);
        NewPerson worker = person(LocalDate.of(1995, 5, 5), Sex.MALE, LabourStatus.EMPLOYED);
        UUID id = register.register(worker).personId();
        assertThat(population(2026)).isEqualTo(before + 1);

        Departure departure = departures.record(department, form(worker.citizenId(), "JP", "7212",
                LocalDate.of(2026, 2, 1), null)).departure();

        assertThat(population(2026)).isEqualTo(before);
        assertThat(register.find(id).orElseThrow().labourStatus()).isEqualTo(LabourStatus.ABROAD);

        departures.recordReturn(department, departure.id(), LocalDate.of(2026, 6, 1));

        assertThat(population(2026)).isEqualTo(before + 1);
        var history = reads.labourHistories(List.of(id)).get(id);
        assertThat(history.on(LocalDate.of(2026, 1, 15))).contains(LabourStatus.EMPLOYED);
        assertThat(history.on(LocalDate.of(2026, 3, 1))).contains(LabourStatus.ABROAD);
        assertThat(history.on(LocalDate.of(2026, 7, 1))).contains(LabourStatus.UNEMPLOYED);
    }

    /**
     * 2024, in the commune: A (female, JP, 7212, welding completed before leaving), B (male, KR, 7533, no course), C
     * (male, JP, 7212, left and came back in 2024). Left 3; came back 1; trained before 1, in the trade 1; JP 2, KR 1;
     * 7212 2, 7533 1; female 1, male 2.
     */
    @Test
    void theYearsReportCountsByCountryTradeSexAndTrainingBeforeLeaving() throws Exception {
        CurrentUser department = accounts.create(Role.DEPARTMENT);
        NewPerson a = person(LocalDate.of(1998, 1, 1), Sex.FEMALE, LabourStatus.UNEMPLOYED);
        NewPerson b = person(LocalDate.of(1997, 1, 1), Sex.MALE, LabourStatus.UNEMPLOYED);
        NewPerson c = person(LocalDate.of(1996, 1, 1), Sex.MALE, LabourStatus.UNEMPLOYED);
        UUID centre = accounts.newCentre();
        CurrentUser staff = accounts.create(Role.CENTRE_STAFF, centre);
        Enrolment welding = training.enrol(staff, accounts.newCourse(staff, centre, "Hàn điện", "7212"), a,
                LocalDate.of(2023, 9, 1));
        training.complete(staff, welding.id(), LocalDate.of(2023, 12, 1));
        register.register(b);
        register.register(c);
        departures.record(department, form(a.citizenId(), "JP", "7212", LocalDate.of(2024, 3, 1), null));
        departures.record(department, form(b.citizenId(), "kr", "7533", LocalDate.of(2024, 4, 1), null));
        departures.record(department, form(c.citizenId(), "JP", "7212", LocalDate.of(2024, 2, 1), LocalDate.of(2024, 11, 1)));

        AbroadReport.Report year = report.of(department, 2024);

        assertThat(List.of(year.left(), year.returned(), year.trainedBefore(), year.trainedInTrade()))
                .containsExactly(3, 1, 1, 1);
        assertThat(year.byCountry()).isEqualTo(Map.of("JP", 2, "KR", 1));
        assertThat(year.byOccupation()).isEqualTo(Map.of("7212", 2, "7533", 1));
        assertThat(year.bySex()).isEqualTo(Map.of("FEMALE", 1, "MALE", 2));
        assertThat(year.byCommune()).isEqualTo(Map.of(COMMUNE, 3));
        String page = mvc.perform(get("/abroad").param("year", "2024").with(user(department))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Nhật Bản", "Hàn Quốc", "Đã học đúng nghề trước khi đi", "Chưa học khóa nào trước khi đi");
        assertThat(page).doesNotContain(a.citizenId(), b.citizenId());
    }

    /**
     * Every record an outcome: two created (one with its return), one refused for all its mistakes at once, one a
     * person of no register; loading the file again records nothing twice. A commune officer of another commune is
     * refused a person of this one exactly as a person nobody registered.
     */
    @Test
    void theDeparturesFileGivesEveryRecordAnOutcomeAndLoadingItAgainChangesNothing() {
        CurrentUser department = accounts.create(Role.DEPARTMENT);
        NewPerson d = person(LocalDate.of(1990, 2, 2), Sex.MALE, LabourStatus.UNEMPLOYED);
        NewPerson e = person(LocalDate.of(1991, 3, 3), Sex.FEMALE, LabourStatus.EMPLOYED);
        register.register(d);
        register.register(e);
        String csv = "so_dinh_danh,ma_quoc_gia,ma_nghe,don_vi_dua_di,ngay_xuat_canh,thoi_han_hop_dong_thang,ngay_ve\n"
                + d.citizenId() + ",TW,7212,Công ty cung ứng nhân lực thử nghiệm,05/01/2023,36,\n"
                + e.citizenId() + ",JP,7533,Trung tâm dịch vụ việc làm thử nghiệm,2023-02-10,24,10/12/2023\n"
                + e.citizenId() + ",XX,99,,31/02/2023,0,\n"
                + TestPeople.citizenId(LocalDate.of(1992, 4, 4), Sex.MALE) + ",JP,7212,Công ty thử nghiệm,01/03/2023,12,\n";

        List<DeparturesFile.Row> rows = file.load(department, stream(csv));

        assertThat(rows).extracting(DeparturesFile.Row::saved).containsExactly(Departures.Saved.CREATED,
                Departures.Saved.CREATED, null, null);
        assertThat(rows.get(2).problems()).extracting(DeparturesFile.Problem::column, DeparturesFile.Problem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ma_quoc_gia", "departure.country.unknown"),
                        org.assertj.core.groups.Tuple.tuple("ma_nghe", "departure.occupation.unknown"),
                        org.assertj.core.groups.Tuple.tuple("don_vi_dua_di", "import.value.required"),
                        org.assertj.core.groups.Tuple.tuple("ngay_xuat_canh", "import.value.date"),
                        org.assertj.core.groups.Tuple.tuple("thoi_han_hop_dong_thang", "departure.contractMonths.range"));
        assertThat(rows.get(3).problems()).extracting(DeparturesFile.Problem::messageKey)
                .containsExactly("departure.person.unknown");
        assertThat(file.load(department, stream(csv))).extracting(DeparturesFile.Row::saved)
                .containsExactly(Departures.Saved.UNCHANGED, Departures.Saved.UNCHANGED, null, null);
        assertThat(report.of(department, 2023).left()).isEqualTo(2);

        CurrentUser elsewhere = accounts.create(Role.COMMUNE_OFFICER);
        assertThatThrownBy(() -> departures.check(elsewhere, form(d.citizenId(), "JP", "7212", LocalDate.of(2023, 5, 1), null)))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.all()).extracting(Refusal::messageKey)
                        .containsExactly("departure.person.unknown"));
    }

    /** A learner who left to work abroad under contract after the course is employed six months on, though abroad. */
    @Test
    void workAbroadUnderContractCountsAsEmploymentInTheTrainingOutcomes() {
        CurrentUser department = accounts.create(Role.DEPARTMENT);
        UUID centre = accounts.newCentre();
        CurrentUser staff = accounts.create(Role.CENTRE_STAFF, centre);
        UUID course = accounts.newCourse(staff, centre, "Hàn điện", "7212");
        NewPerson learner = person(LocalDate.of(1999, 9, 9), Sex.MALE, LabourStatus.UNEMPLOYED);
        Enrolment enrolment = training.enrol(staff, course, learner, LocalDate.of(2024, 10, 1));
        training.complete(staff, enrolment.id(), LocalDate.of(2025, 1, 10));
        departures.record(department, form(learner.citizenId(), "JP", "7212", LocalDate.of(2025, 3, 1), null));

        var outcome = outcomes.of(staff, 2025).courses().stream().filter(o -> course.equals(o.courseId())).findFirst()
                .orElseThrow();

        assertThat(outcome.employedAt6Months()).isEqualTo(new vn.tuyenquang.workforce.outcomes.Share(1, 1));
    }

    @Test
    void theFormShowsEveryMistakeAtOnceAndNobodyDeclaresAbroadButByADeparture() throws Exception {
        CurrentUser department = accounts.create(Role.DEPARTMENT);
        String page = mvc.perform(post("/abroad").with(user(department)).with(csrf()).param("citizenId", "12345")
                        .param("countryCode", "VN").param("occupationCode", "7212").param("sentBy", "Công ty")
                        .param("departedOn", LocalDate.now().plusDays(5).toString()).param("contractMonths", "200"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Số định danh phải gồm đúng 12 chữ số.", "Không có nước mang mã này",
                "Ngày xuất cảnh không được sau hôm nay.");
        assertThatThrownBy(() -> register.register(person(LocalDate.of(1993, 1, 1), Sex.MALE, LabourStatus.ABROAD)))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.messageKey())
                        .isEqualTo("person.labourStatus.abroadByDeparture"));
        for (Role refused : List.of(Role.CENTRE_STAFF, Role.EMPLOYER)) {
            mvc.perform(get("/abroad").with(user(accounts.create(refused)))).andExpect(status().isForbidden());
        }
    }

    /**
     * A certified worker who leaves stays in the commune's labour force, population and trained and certified figures
     * alike, only under the setting that counts workers abroad in it; the default leaves them out; the figure's
     * "Cách tính" sentence says which, and the dashboard offers the choice.
     */
    @Test
    void workersAbroadCountInTheLabourForceOnlyUnderTheSettingThatSaysSo() throws Exception {
        CurrentUser department = accounts.create(Role.DEPARTMENT);
        IndicatorSettings outside = indicators.defaultSettings();
        IndicatorSettings in = new IndicatorSettings(outside.shortCourses(), outside.informalSkills(),
                outside.denominator(), outside.nationalSkillCertificates(), WorkersAbroad.IN_LABOUR_FORCE);
        IndicatorSettings employedIn = new IndicatorSettings(outside.shortCourses(), outside.informalSkills(),
                Denominator.EMPLOYED, outside.nationalSkillCertificates(), WorkersAbroad.IN_LABOUR_FORCE);
        int year = indicators.currentYear();
        Figure outsideBefore = figure(year, outside);
        Figure inBefore = figure(year, in);
        Figure employedBefore = figure(year, employedIn);
        NewPerson worker = person(LocalDate.of(1996, 6, 6), Sex.FEMALE, LabourStatus.UNEMPLOYED);
        register.register(worker);
        UUID centre = accounts.newCentre();
        CurrentUser staff = accounts.create(Role.CENTRE_STAFF, centre);
        certificates.certify(staff, accounts.newCourse(staff, centre, "Điện dân dụng", "7411"), worker,
                LocalDate.of(year - 1, 6, 1));

        departures.record(department, form(worker.citizenId(), "JP", "7411", LocalDate.of(year - 1, 9, 1), null));

        assertThat(minus(figure(year, outside), outsideBefore)).isEqualTo(new Figure(0, 0, 0, Source.REGISTER));
        assertThat(minus(figure(year, in), inBefore)).isEqualTo(new Figure(1, 1, 1, Source.REGISTER));
        assertThat(minus(figure(year, employedIn), employedBefore))
                .as("working under contract: employed").isEqualTo(new Figure(1, 1, 1, Source.REGISTER));
        String page = mvc.perform(get("/indicators").param("commune", COMMUNE).param("year", String.valueOf(year))
                        .param("workersAbroad", "IN_LABOUR_FORCE").with(user(department)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Người đang đi làm việc ở nước ngoài theo hợp đồng (Luật 69/2020/QH14): tính vào lực"
                + " lượng lao động của tỉnh như người có việc làm")
                .containsPattern("<option value=\"IN_LABOUR_FORCE\"\\s+selected=\"selected\">");
        assertThat(mvc.perform(get("/indicators").param("commune", COMMUNE).with(user(department)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("(Luật 69/2020/QH14): không tính vào lực lượng lao động của tỉnh trong thời gian ở nước ngoài");
    }

    /** The commune's population on 31 December of {@code year}, as its figure under the default settings counts it. */
    private int population(int year) {
        return (int) figure(year, indicators.defaultSettings()).population();
    }

    private Figure figure(int year, IndicatorSettings settings) {
        return indicators.report(Optional.of(COMMUNE), year, settings).headline();
    }

    private static Figure minus(Figure a, Figure b) {
        return new Figure(a.population() - b.population(), a.trained() - b.trained(), a.certified() - b.certified(),
                a.source());
    }

    private static DepartureForm form(String citizenId, String country, String occupation, LocalDate on, LocalDate back) {
        return new DepartureForm(citizenId, country, occupation, "Công ty cổ phần cung ứng nhân lực thử nghiệm", on, 36, back);
    }

    private static NewPerson person(LocalDate born, Sex sex, LabourStatus status) {
        return new NewPerson(TestPeople.citizenId(born, sex), "Người lao động " + UUID.randomUUID().toString().substring(0, 4),
                born, sex, "02", COMMUNE, null, status);
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
