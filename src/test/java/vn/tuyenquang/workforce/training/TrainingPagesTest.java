package vn.tuyenquang.workforce.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;
import vn.tuyenquang.workforce.IntegrationTest;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.accounts.TestAccounts;
import vn.tuyenquang.workforce.people.Sex;
import vn.tuyenquang.workforce.people.TestPeople;

@IntegrationTest
@Import(TestAccounts.class)
class TrainingPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TrainingRegistry training;

    @Autowired
    Certificates certificates;

    CurrentUser staff;
    UUID centre;
    UUID course;

    @BeforeEach
    void aCentreWithACourse() {
        centre = accounts.newCentre();
        staff = accounts.create(Role.CENTRE_STAFF, centre);
        course = accounts.newCourse(staff, centre, "Hàn điện cơ bản", "7212");
    }

    @Test
    void theDepartmentAddsACentreAndBadInputComesBackWithMessages() throws Exception {
        CurrentUser department = accounts.create(Role.DEPARTMENT);

        mvc.perform(post("/training/centres").with(user(department)).with(csrf())
                        .param("code", "trường 1").param("name", "").param("communeCode", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mã gồm chữ in hoa không dấu")))
                .andExpect(content().string(containsString("Vui lòng nhập thông tin này.")));

        String code = "TTGDNN-" + UUID.randomUUID().toString().substring(0, 5).toUpperCase();
        MvcResult created = mvc.perform(post("/training/centres").with(user(department)).with(csrf())
                        .param("code", code).param("name", "Trung tâm Giáo dục nghề nghiệp  Hàm Yên")
                        .param("communeCode", "00694"))
                .andExpect(status().isFound()).andReturn();
        mvc.perform(get(created.getResponse().getRedirectedUrl()).with(user(department)))
                .andExpect(content().string(containsString("Trung tâm Giáo dục nghề nghiệp Hàm Yên")))
                .andExpect(content().string(containsString("Phường Hà Giang 1")));
    }

    @Test
    void aCentreEnrolsALearnerAndTheCitizenIdNeverAppearsInAnAddress() throws Exception {
        String citizenId = TestPeople.citizenId(LocalDate.of(2002, 10, 20), Sex.FEMALE);

        MvcResult refused = mvc.perform(enrol(course, staff, "008301123456", "2002-10-20", "FEMALE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Số định danh không khớp với năm sinh.")))
                .andReturn();
        assertThat(HtmlUtils.htmlUnescape(refused.getResponse().getContentAsString()))
                .as("what was typed is kept").contains("value=\"Lò Thị Xuân\"");

        MvcResult enrolled = mvc.perform(enrol(course, staff, citizenId, "2002-10-20", "FEMALE"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/training/courses/" + course))
                .andExpect(header().string("Location", not(containsString(citizenId))))
                .andReturn();
        // The page says whom it added, with a link to them.
        Object person = enrolled.getFlashMap().get("enrolledPerson");
        jakarta.servlet.http.Cookie session = enrolled.getResponse().getCookie("SESSION");
        assertThat(session).as("the flash message waits in the session").isNotNull();
        assertThat(HtmlUtils.htmlUnescape(mvc.perform(get("/training/courses/{id}", course).with(user(staff))
                        .cookie(session)).andReturn().getResponse().getContentAsString()))
                .contains("Đã ghi danh học viên", "href=\"/people/" + person + "\">Lò Thị Xuân</a>",
                        // the form is reached from the top of the page, above the list of learners
                        "href=\"#enrol-form\"", "id=\"enrol-form\"");
        mvc.perform(get("/training/courses/{id}", course).with(user(staff)))
                .andExpect(content().string(containsString("Lò Thị Xuân")))
                .andExpect(content().string(containsString(citizenId)))
                .andExpect(content().string(containsString("Đang học")));
    }

    @Test
    void aLearnerFormWithThreeMistakesShowsAllThreeAtOnce() throws Exception {
        mvc.perform(post("/training/courses/{id}/enrolments", course).with(user(staff)).with(csrf())
                        .param("citizenId", "12345").param("fullName", "Lò Thị Xuân").param("birthDate", "2099-01-01")
                        .param("sex", "FEMALE").param("ethnicCode", "02").param("communeCode", "00694")
                        .param("phone", "12ab").param("labourStatus", "UNEMPLOYED").param("enrolledOn", "2026-09-05"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Số định danh phải gồm đúng 12 chữ số.")))
                .andExpect(content().string(containsString("Ngày này phải trước hôm nay.")))
                .andExpect(content().string(containsString("Số điện thoại không hợp lệ")))
                .andExpect(content().string(not(containsString("must be"))));
    }

    @Test
    void anotherCentresStaffCannotEnrolIntoThisCourse() throws Exception {
        CurrentUser stranger = accounts.create(Role.CENTRE_STAFF, accounts.newCentre());

        mvc.perform(enrol(course, stranger, TestPeople.citizenId(LocalDate.of(2002, 10, 20), Sex.FEMALE), "2002-10-20",
                        "FEMALE"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/training/courses/{id}", course).with(user(stranger))).andExpect(status().isForbidden());
    }

    @Test
    void anyoneVerifiesACertificateWithoutSigningInAndSeesItsRevocation() throws Exception {
        Enrolment enrolment = training.enrol(staff, course,
                TestPeople.person("Nông Văn Thắng", LocalDate.of(1997, 3, 3), Sex.MALE), LocalDate.of(2026, 2, 2));
        training.complete(staff, enrolment.id(), LocalDate.of(2026, 5, 5));
        Certificate certificate = certificates.issue(staff, enrolment.id(), "SC-77", LocalDate.of(2026, 5, 6));
        String citizenId = jdbcCitizenIdOf(enrolment);

        mvc.perform(get("/verify/{code}", certificate.verificationCode()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chứng chỉ hợp lệ.")))
                .andExpect(content().string(containsString("N. V. Thắng")))
                .andExpect(content().string(containsString("06/05/2026")))
                .andExpect(content().string(not(containsString("Nông Văn Thắng"))))
                .andExpect(content().string(not(containsString(citizenId))));
        mvc.perform(get("/verify/{code}/qr.svg", certificate.verificationCode()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("image/svg+xml")))
                .andExpect(content().string(startsWith("<svg")));

        // Revoking asks first, naming the certificate.
        mvc.perform(get("/training/certificates/{id}", certificate.id()).with(user(staff)))
                .andExpect(content().string(containsString("data-confirm=\"Thu hồi chứng chỉ số SC-77? Việc này không hoàn tác được")));
        mvc.perform(post("/training/certificates/{id}/revoke", certificate.id()).param("reason", "Cấp nhầm người")
                        .with(user(staff)).with(csrf()))
                .andExpect(redirectedUrl("/training/certificates/" + certificate.id()));
        // The course's list shows it revoked, not as a plain link to a valid certificate.
        mvc.perform(get("/training/courses/{id}", course).with(user(staff)))
                .andExpect(content().string(containsString("Chứng chỉ số SC-77")))
                .andExpect(content().string(containsString("<span class=\"badge text-bg-danger\">Đã thu hồi</span>")));

        mvc.perform(get("/verify").param("code", certificate.verificationCode().toLowerCase()))
                .andExpect(redirectedUrl("/verify/" + certificate.verificationCode()));
        mvc.perform(get("/verify/{code}", certificate.verificationCode()))
                .andExpect(content().string(containsString("Chứng chỉ đã bị thu hồi.")))
                .andExpect(content().string(containsString("Lý do: Cấp nhầm người")));
    }

    @Test
    void anUnknownVerificationCodeSaysSo() throws Exception {
        mvc.perform(get("/verify/{code}", "ZZZZZZZZZZ"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không có chứng chỉ nào mang mã kiểm tra “ZZZZZZZZZZ”.")));
        mvc.perform(get("/verify/{code}/qr.svg", "ZZZZZZZZZZ")).andExpect(status().isNotFound());
    }

    @Test
    void completingAndCertifyingFromTheCoursePageShowsTheCertificateLink() throws Exception {
        Enrolment enrolment = training.enrol(staff, course,
                TestPeople.person("Triệu Văn Sáng", LocalDate.of(1993, 3, 3), Sex.MALE), LocalDate.of(2026, 2, 2));

        mvc.perform(post("/training/enrolments/{id}/complete", enrolment.id()).param("on", "2026-05-20")
                        .with(user(staff)).with(csrf()))
                .andExpect(redirectedUrl("/training/courses/" + course));
        MvcResult early = mvc.perform(post("/training/enrolments/{id}/certificate", enrolment.id()).param("number", "SC-PAGE-1")
                        .param("issuedOn", "2026-05-19").with(user(staff)).with(csrf()))
                .andExpect(redirectedUrl("/training/courses/" + course)).andReturn();
        // The page the browser is sent to, in the same session (kept in the database, found by its cookie).
        MvcResult refused = mvc.perform(get("/training/courses/{id}", course).with(user(staff))
                        .cookie(early.getResponse().getCookie("SESSION")))
                .andReturn();
        assertThat(refused.getResponse().getContentAsString()).contains("Ngày cấp sớm hơn ngày hoàn thành khóa học.");

        mvc.perform(post("/training/enrolments/{id}/certificate", enrolment.id()).param("number", "SC-PAGE-1")
                        .param("issuedOn", "2026-05-21").with(user(staff)).with(csrf()))
                .andExpect(redirectedUrl("/training/courses/" + course));
        mvc.perform(get("/training/courses/{id}", course).with(user(staff)))
                .andExpect(content().string(containsString("Chứng chỉ số SC-PAGE-1")))
                .andExpect(content().string(containsString("Đã hoàn thành")));
    }

    @Test
    void learnersAreFoundByUnaccentedNameOrCitizenIdAndACentreSeesOnlyItsOwn() throws Exception {
        Enrolment ours = training.enrol(staff, course,
                TestPeople.person("Nguyễn Thị Quỳnh Anh", LocalDate.of(1996, 6, 6), Sex.FEMALE), LocalDate.of(2026, 2, 2));
        UUID otherCentre = accounts.newCentre();
        CurrentUser otherStaff = accounts.create(Role.CENTRE_STAFF, otherCentre);
        UUID otherCourse = training.createCourse(otherStaff, otherCentre,
                new NewCourse("K-" + UUID.randomUUID().toString().substring(0, 4), "Điện", "7411", "SO_CAP", 3, true)).id();
        training.enrol(otherStaff, otherCourse,
                TestPeople.person("Nguyễn Thị Quỳnh Chi", LocalDate.of(1997, 7, 7), Sex.FEMALE), LocalDate.of(2026, 2, 2));
        CurrentUser department = accounts.create(Role.DEPARTMENT);

        mvc.perform(post("/training/learners").param("q", "nguyen thi quynh").with(user(department)).with(csrf()))
                .andExpect(content().string(containsString("Nguyễn Thị Quỳnh Anh")))
                .andExpect(content().string(containsString("Nguyễn Thị Quỳnh Chi")));
        mvc.perform(post("/training/learners").param("q", "nguyen thi quynh").with(user(staff)).with(csrf()))
                .andExpect(content().string(containsString("Nguyễn Thị Quỳnh Anh")))
                .andExpect(content().string(not(containsString("Nguyễn Thị Quỳnh Chi"))));
        mvc.perform(post("/training/learners").param("q", jdbcCitizenIdOf(ours)).with(user(staff)).with(csrf()))
                .andExpect(content().string(containsString("Nguyễn Thị Quỳnh Anh")));
    }

    @Test
    void aCentreSeesOfAPersonItDidNotRegisterTheIdentityAloneInItsLearnerListAsOnTheirPage() throws Exception {
        // Registered and certified by another centre, living in Xã Trường Sinh (02623) by that centre's word.
        UUID otherCentre = accounts.newCentre();
        CurrentUser otherStaff = accounts.create(Role.CENTRE_STAFF, otherCentre);
        UUID otherCourse = accounts.newCourse(otherStaff, otherCentre, "Hàn điện", "7212");
        LocalDate born = LocalDate.of(1993, 9, 9);
        String citizenId = TestPeople.citizenId(born, Sex.MALE);
        Enrolment there = training.enrol(otherStaff, otherCourse, new vn.tuyenquang.workforce.people.NewPerson(citizenId,
                "Ma Văn Thịnh", born, Sex.MALE, "01", "02623", "0912777888",
                vn.tuyenquang.workforce.people.LabourStatus.UNEMPLOYED), LocalDate.of(2025, 2, 2));
        training.complete(otherStaff, there.id(), LocalDate.of(2025, 5, 2));
        certificates.issue(otherStaff, there.id(), "K-" + UUID.randomUUID().toString().substring(0, 6),
                LocalDate.of(2025, 5, 3));
        // This centre enrols him too, giving his identity (and a commune of its own choosing).
        training.enrol(staff, course, new vn.tuyenquang.workforce.people.NewPerson(citizenId, "Ma Văn Thịnh", born,
                Sex.MALE, "01", "00694", null, vn.tuyenquang.workforce.people.LabourStatus.UNEMPLOYED),
                LocalDate.of(2026, 2, 2));

        String ours = html(post("/training/learners").param("q", citizenId).with(user(staff)).with(csrf()));
        assertThat(ours).contains("Ma Văn Thịnh", citizenId, "09/09/1993")
                .doesNotContain("Trường Sinh", "Sơ cấp", "Có chứng chỉ", "0912777888");
        mvc.perform(get("/people/{id}", there.personId()).with(user(staff))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Trường Sinh"))));
        String api = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/training/learners/search").contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"query\": \"" + citizenId + "\"}")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic(staff.getUsername(), TestAccounts.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(api).contains(citizenId).doesNotContain("02623", "SO_CAP", "0912777888");

        CurrentUser department = accounts.create(Role.DEPARTMENT);
        assertThat(html(post("/training/learners").param("q", citizenId).with(user(department)).with(csrf())))
                .contains("Trường Sinh");
    }

    @Test
    void certificateNumbersThatDifferedOnlyInCaseBeforeTheRuleAreListedForTheDepartmentUnchanged() throws Exception {
        Enrolment first = training.enrol(staff, course, TestPeople.person("Hà Văn Một", LocalDate.of(1990, 1, 1),
                Sex.MALE), LocalDate.of(2024, 1, 1));
        training.complete(staff, first.id(), LocalDate.of(2024, 4, 1));
        String number = "HV2-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        var issued = certificates.issue(staff, first.id(), number, LocalDate.of(2024, 4, 2));
        // What the migration finds in a register from before the rule: the pair it lists, as it lists it.
        jdbc.sql("""
                        insert into certificate_number_pair (certificate_id, centre_id, number, number_key, found_at)
                        values (?, ?, ?, ?, current_timestamp)""")
                .params(issued.id(), centre, number, number).update();

        String page = html(get("/training/centres").with(user(accounts.create(Role.DEPARTMENT))));
        assertThat(page).contains("khác một chứng chỉ khác của cùng cơ sở ở chữ hoa", number);
        assertThat(jdbc.sql("select number from certificate where id = ?").param(issued.id()).query(String.class)
                .single()).isEqualTo(number);
        // A lower-case twin is now refused on the form, as in imports.
        Enrolment second = training.enrol(staff, course, TestPeople.person("Hà Văn Hai", LocalDate.of(1991, 1, 1),
                Sex.MALE), LocalDate.of(2024, 1, 1));
        training.complete(staff, second.id(), LocalDate.of(2024, 4, 1));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> certificates.issue(staff, second.id(),
                " " + number.toLowerCase() + " ", LocalDate.of(2024, 4, 2))).hasMessage("certificate.number.taken");
    }

    /** The centres list's page size (CentreController.PAGE_SIZE). */
    static final int CENTRES_PAGE = 20;

    @Test
    void theDepartmentSortsCentresByNameCodeOrNewestAndThePagesKeepTheOrder() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        training.createCentre(new NewCentre("A-" + tag, "Trường Yên Sơn " + tag, "00694"));
        training.createCentre(new NewCentre("B-" + tag, "Trường Âu Cơ " + tag, "00694"));
        training.createCentre(new NewCentre("C-" + tag, "Trường Hàm Yên " + tag, "00694"));
        CurrentUser department = accounts.create(Role.DEPARTMENT);

        String byName = html(get("/training/centres").param("q", tag).with(user(department)));
        assertInOrder(byName, "Trường Âu Cơ", "Trường Hàm Yên", "Trường Yên Sơn");
        assertThat(byName).contains("<option value=\"NAME\" selected=\"selected\">Tên</option>");
        assertInOrder(html(get("/training/centres").param("q", tag).param("sort", "CODE").with(user(department))),
                "Trường Yên Sơn", "Trường Âu Cơ", "Trường Hàm Yên");
        assertInOrder(html(get("/training/centres").param("q", tag).param("sort", "NEWEST").with(user(department))),
                "Trường Hàm Yên", "Trường Âu Cơ", "Trường Yên Sơn");

        TrainingRegistry.CentrePage second = training.centres(tag, CentreOrder.CODE, 1, 2);
        assertThat(second.centres()).extracting(TrainingCentre::code).containsExactly("C-" + tag);
        assertThat(second.pages()).isEqualTo(2);
        // The unfiltered list has a second page, however few centres the tests run before this one made.
        while (training.centres("", CentreOrder.CODE, 0, CENTRES_PAGE).pages() < 2) {
            accounts.newCentre();
        }
        mvc.perform(get("/training/centres").param("sort", "CODE").with(user(department)))
                .andExpect(content().string(containsString("sort=CODE&amp;page=1")));
    }

    @Test
    void aCoursesLearnersAreSortedByNameDateStatusOrCertificateAndPaged() throws Exception {
        Enrolment vu = training.enrol(staff, course, TestPeople.person("Vũ Văn Bình", LocalDate.of(1990, 1, 1), Sex.MALE),
                LocalDate.of(2026, 1, 10));
        training.enrol(staff, course, TestPeople.person("Âu Thị Hoa", LocalDate.of(1991, 2, 2), Sex.FEMALE),
                LocalDate.of(2026, 3, 10));
        Enrolment le = training.enrol(staff, course, TestPeople.person("Lê Văn Cường", LocalDate.of(1992, 3, 3), Sex.MALE),
                LocalDate.of(2026, 2, 10));
        training.complete(staff, le.id(), LocalDate.of(2026, 6, 1));
        certificates.issue(staff, le.id(), "SC-SORT-1", LocalDate.of(2026, 6, 5));
        training.complete(staff, vu.id(), LocalDate.of(2026, 6, 1));

        assertInOrder(html(get("/training/courses/{id}", course).with(user(staff))),
                "Vũ Văn Bình", "Lê Văn Cường", "Âu Thị Hoa");
        assertInOrder(html(get("/training/courses/{id}", course).param("sort", "NAME").with(user(staff))),
                "Âu Thị Hoa", "Lê Văn Cường", "Vũ Văn Bình");
        assertInOrder(html(get("/training/courses/{id}", course).param("sort", "STATUS").with(user(staff))),
                "Lê Văn Cường", "Vũ Văn Bình", "Âu Thị Hoa");
        assertInOrder(html(get("/training/courses/{id}", course).param("sort", "CERTIFIED").with(user(staff))),
                "Lê Văn Cường", "Âu Thị Hoa", "Vũ Văn Bình");

        TrainingRegistry.CourseDetail second = training.course(staff, course, null, EnrolmentOrder.NAME, 1, 2);
        assertThat(second.total()).isEqualTo(3);
        assertThat(second.enrolments()).extracting(row -> row.person().fullName()).containsExactly("Vũ Văn Bình");
        assertThat(second.enrolments().get(0).certificate()).isEmpty();
        assertThat(training.course(staff, course, null, EnrolmentOrder.NAME, 0, 2).enrolments().get(1).certificate())
                .map(Certificate::number).contains("SC-SORT-1");
    }

    @Test
    void aClerkFindsACoursesLearnerByPartOfTheNameWithoutAccentsOrOfTheCitizenIdPosted() throws Exception {
        training.enrol(staff, course, TestPeople.person("Hoàng Thị Lan", LocalDate.of(1994, 4, 4), Sex.FEMALE),
                LocalDate.of(2026, 1, 10));
        Enrolment nam = training.enrol(staff, course, TestPeople.person("Nông Văn Nam", LocalDate.of(1993, 3, 3), Sex.MALE),
                LocalDate.of(2026, 1, 10));
        String citizenId = jdbc.sql("select citizen_id from person where id = ?").param(nam.personId())
                .query(String.class).single();

        String byName = html(post("/training/courses/{id}/search", course).param("q", "hoang thi")
                .with(user(staff)).with(csrf()));
        assertThat(byName).contains("Hoàng Thị Lan", "1 học viên khớp “hoang thi”.").doesNotContain("Nông Văn Nam");
        String byId = html(post("/training/courses/{id}/search", course).param("q", citizenId.substring(4))
                .with(user(staff)).with(csrf()));
        assertThat(byId).contains("Nông Văn Nam").doesNotContain("Hoàng Thị Lan");
        // Another centre finds nothing of this course.
        mvc.perform(post("/training/courses/{id}/search", course).param("q", "Lan")
                .with(user(accounts.create(Role.CENTRE_STAFF))).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void foundLearnersAreSortedByAgeAndTheirPagesArePostedNotPutInTheAddress() throws Exception {
        String surname = "Ma Thị " + UUID.randomUUID().toString().substring(0, 4);
        training.enrol(staff, course, TestPeople.person(surname + " Older", LocalDate.of(1980, 1, 1), Sex.FEMALE),
                LocalDate.of(2026, 2, 2));
        training.enrol(staff, course, TestPeople.person(surname + " Younger", LocalDate.of(2000, 1, 1), Sex.FEMALE),
                LocalDate.of(2026, 2, 2));

        assertInOrder(html(post("/training/learners").param("q", surname).param("sort", "YOUNGEST")
                .with(user(staff)).with(csrf())), surname + " Younger", surname + " Older");
        assertInOrder(html(post("/training/learners").param("q", surname).param("sort", "OLDEST")
                .with(user(staff)).with(csrf())), surname + " Older", surname + " Younger");

        TrainingRegistry.LearnerPage second = training.searchLearners(staff, surname, LearnerOrder.OLDEST, 1, 1);
        assertThat(second.total()).isEqualTo(2);
        assertThat(second.learners()).extracting(p -> p.fullName()).containsExactly(surname + " Younger");
    }

    private String html(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static void assertInOrder(String html, String... texts) {
        int from = 0;
        for (String text : texts) {
            int at = html.indexOf(text, from);
            assertThat(at).as("%s after position %d", text, from).isGreaterThanOrEqualTo(0);
            from = at + text.length();
        }
    }

    @Test
    void theAdministratorGivesACentreAStaffAccountThatReachesOnlyThatCentre() throws Exception {
        CurrentUser admin = accounts.create(Role.ADMIN);
        CurrentUser department = accounts.create(Role.DEPARTMENT);
        String username = "canbo-" + UUID.randomUUID().toString().substring(0, 6);

        mvc.perform(post("/training/centres/{id}/staff", centre).with(user(department)).with(csrf())
                        .param("username", username).param("displayName", "Hà Văn Tú").param("initialPassword", "mot-lan-12345"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/training/centres/{id}/staff", centre).with(user(admin)).with(csrf())
                        .param("username", username).param("displayName", "Hà Văn Tú").param("initialPassword", "mot-lan-12345"))
                .andExpect(redirectedUrl("/training/centres/" + centre));

        assertThat(jdbc.sql("select centre_id from app_user where username = ?").param(username).query(UUID.class).single())
                .isEqualTo(centre);
        mvc.perform(get("/training/centres/{id}", centre).with(user(admin)))
                .andExpect(content().string(containsString(username)));
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder enrol(
            UUID courseId, CurrentUser who, String citizenId, String birthDate, String sex) {
        return post("/training/courses/{id}/enrolments", courseId).with(user(who)).with(csrf())
                .param("citizenId", citizenId).param("fullName", "Lò Thị Xuân").param("birthDate", birthDate)
                .param("sex", sex).param("ethnicCode", "02").param("communeCode", "00694").param("phone", "0987654321")
                .param("labourStatus", "UNEMPLOYED").param("enrolledOn", "2026-09-05");
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private String jdbcCitizenIdOf(Enrolment enrolment) {
        return jdbc.sql("select citizen_id from person where id = ?").param(enrolment.personId()).query(String.class).single();
    }
}
