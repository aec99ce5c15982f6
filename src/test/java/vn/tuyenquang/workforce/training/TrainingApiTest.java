package vn.tuyenquang.workforce.training;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.tuyenquang.workforce.ModuleTest;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.accounts.TestAccounts;
import vn.tuyenquang.workforce.people.Sex;
import vn.tuyenquang.workforce.people.TestPeople;

@ModuleTest(extraIncludes = {"system", "accounts"})
@Import(TestAccounts.class)
class TrainingApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ObjectMapper json;

    CurrentUser staff;
    UUID centre;
    UUID course;

    @BeforeEach
    void aCentreWithACourse() {
        centre = accounts.newCentre();
        staff = accounts.create(Role.CENTRE_STAFF, centre);
        course = accounts.newCourse(staff, centre, "Điện dân dụng", "7411");
    }

    @Test
    void aCentresSystemEnrolsCompletesAndCertifiesALearnerAndAnyoneVerifiesIt() throws Exception {
        String citizenId = TestPeople.citizenId(LocalDate.of(1994, 2, 14), Sex.MALE);
        JsonNode enrolment = body(as(staff, post("/api/training/courses/{id}/enrolments", course)).content("""
                {"person": {"citizenId": "%s", "fullName": "Phan Văn Khải", "birthDate": "1994-02-14", "sex": "MALE",
                            "communeCode": "00694", "labourStatus": "UNEMPLOYED"},
                 "enrolledOn": "2026-03-02"}""".formatted(citizenId)), 201);

        body(as(staff, post("/api/training/enrolments/{id}/completion", enrolment.get("id").asText()))
                .content("{\"on\": \"2026-06-30\"}"), 200);
        JsonNode certificate = body(as(staff, post("/api/training/enrolments/{id}/certificate", enrolment.get("id").asText()))
                .content("{\"number\": \"API-001\", \"issuedOn\": \"2026-07-01\"}"), 201);

        mvc.perform(get("/api/training/verify/{code}", certificate.get("verificationCode").asText()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.holder", is("P. V. Khải")))
                .andExpect(jsonPath("$.status", is("VALID")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(citizenId))));
        mvc.perform(as(staff, get("/api/training/courses/{id}", course)))
                .andExpect(jsonPath("$.learners[0].citizenId", is(citizenId)))
                .andExpect(jsonPath("$.learners[0].status", is("COMPLETED")));
    }

    @Test
    void aBadCitizenIdIsRefusedWithTheFieldAndAVietnameseReason() throws Exception {
        mvc.perform(as(staff, post("/api/training/courses/{id}/enrolments", course)).content("""
                        {"person": {"citizenId": "008094001234", "fullName": "Phan Văn Khải", "birthDate": "1995-02-14",
                                    "sex": "MALE", "communeCode": "00694", "labourStatus": "UNEMPLOYED"},
                         "enrolledOn": "2026-03-02"}"""))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field", is("citizenId")))
                .andExpect(jsonPath("$.code", is("citizenId.birthYear")))
                .andExpect(jsonPath("$.detail", is("Số định danh không khớp với năm sinh.")));
    }

    @Test
    void anotherCentresAccountIsRefused() throws Exception {
        CurrentUser stranger = accounts.create(Role.CENTRE_STAFF, accounts.newCentre());

        mvc.perform(as(stranger, get("/api/training/courses/{id}", course)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(as(stranger, get("/api/training/centres")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theApiIsDescribedWithOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title", containsString("Tuyên Quang")))
                .andExpect(jsonPath("$.paths['/api/training/courses/{id}/enrolments'].post").exists())
                .andExpect(jsonPath("$.components.securitySchemes.basic.scheme", is("basic")))
                .andExpect(jsonPath("$.paths['/api/reference/communes'].get").exists());
    }

    private MockHttpServletRequestBuilder as(CurrentUser user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user.getUsername(), TestAccounts.PASSWORD)).contentType(MediaType.APPLICATION_JSON);
    }

    private JsonNode body(MockHttpServletRequestBuilder request, int expectedStatus) throws Exception {
        var response = mvc.perform(request).andExpect(status().is(expectedStatus)).andReturn().getResponse();
        return json.readTree(response.getContentAsString());
    }
}
