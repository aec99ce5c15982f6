package vn.tuyenquang.workforce.reference;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.tuyenquang.workforce.ModuleTest;

/** The reference lists, their API and pages: the reference module alone, with accounts for the pages' security. */
@ModuleTest(extraIncludes = {"system", "accounts"})
class ReferenceListsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theApiListsAll124CommunesOfTheProvince() throws Exception {
        mvc.perform(get("/api/reference/communes"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(124)))
                .andExpect(jsonPath("$[?(@.kind == 'XA')]", hasSize(117)))
                .andExpect(jsonPath("$[?(@.kind == 'PHUONG')]", hasSize(7)))
                .andExpect(jsonPath("$[0].code", is("00691")))
                .andExpect(jsonPath("$[0].name", is("Phường Hà Giang 2")))
                .andExpect(jsonPath("$[0].latitude", is(22.8585905)));
    }

    @Test
    void oneCommuneIsFoundByItsCodeWithTheGsoSpelling() throws Exception {
        mvc.perform(get("/api/reference/communes/00745"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name", is("Xã Phố Bảng")))
                .andExpect(jsonPath("$.kind", is("XA")));
    }

    @Test
    void anUnknownCodeAnswersNotFoundAsAProblemDetail() throws Exception {
        mvc.perform(get("/api/reference/communes/99999").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status", is(404)))
                .andExpect(jsonPath("$.detail", containsString("99999")));
    }

    @Test
    void theApiListsThe54EthnicGroupsInTheGsoOrder() throws Exception {
        mvc.perform(get("/api/reference/ethnic-groups"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(54)))
                .andExpect(jsonPath("$[0].name", is("Kinh")))
                .andExpect(jsonPath("$[0].nameQcvn109", is("Kinh (Việt)")))
                .andExpect(jsonPath("$[7].code", is("08")))
                .andExpect(jsonPath("$[7].name", is("Mông")))
                .andExpect(jsonPath("$[53].name", is("Ơ Đu")));
    }

    @Test
    void theOccupationsAreVsco2020InVietnameseWithIscoEnglishTitlesOnlyWhereTheCodeMeansTheSame() throws Exception {
        mvc.perform(get("/api/reference/occupations"))
                .andExpect(jsonPath("$", hasSize(697)));
        mvc.perform(get("/api/reference/occupations").param("level", "4"))
                .andExpect(jsonPath("$", hasSize(509)));
        mvc.perform(get("/api/reference/occupations/7212"))
                .andExpect(jsonPath("$.titleVi", is("Thợ hàn và thợ cắt kim loại bằng nhiệt")))
                .andExpect(jsonPath("$.titleEn", is("Welders and flamecutters")))
                .andExpect(jsonPath("$.jobTitles", hasItem("Thợ hàn")))
                .andExpect(jsonPath("$.level", is(4)));
        // 3355 is the forest rangers in VSCO 2020, police inspectors in ISCO-08: no English title by code.
        mvc.perform(get("/api/reference/occupations/3355"))
                .andExpect(jsonPath("$.titleVi", is("Kiểm lâm")))
                .andExpect(jsonPath("$.titleEn", nullValue()));
        mvc.perform(get("/api/reference/occupations/0"))
                .andExpect(jsonPath("$.titleVi", is("Lực lượng vũ trang")))
                .andExpect(jsonPath("$.titleEn", nullValue()));
        // A code only ISCO-08 has stays for the records that use it, and is no longer offered.
        mvc.perform(get("/api/reference/occupations/1114"))
                .andExpect(jsonPath("$.vsco", is(false)))
                .andExpect(jsonPath("$.titleEn", notNullValue()));
        mvc.perform(get("/api/reference/occupations").param("q", "1114"))
                .andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void occupationSearchFindsTheWordsPeopleTypeWithOrWithoutAccents() throws Exception {
        for (String typed : List.of("thợ hàn", "han", "tho han")) {
            mvc.perform(get("/api/reference/occupations").param("q", typed).param("level", "4"))
                    .andExpect(jsonPath("$[0].code", is("7212")));
        }
        mvc.perform(get("/api/reference/occupations").param("q", "lai xe").param("level", "4"))
                .andExpect(jsonPath("$[0:3].code", containsInAnyOrder("8322", "8331", "8332")));
        mvc.perform(get("/api/reference/occupations").param("q", "kế toán").param("level", "4"))
                .andExpect(jsonPath("$[*].code", hasItems("2411", "3313", "4311")));
        mvc.perform(get("/api/reference/occupations").param("q", "7212"))
                .andExpect(jsonPath("$[*].code", contains("7212")));
    }

    @Test
    void qualificationLevelsRunFromNoTrainingToDoctorateWithHowTheyCount() throws Exception {
        mvc.perform(get("/api/reference/qualification-levels"))
                .andExpect(jsonPath("$[*].code", contains("NONE", "ON_THE_JOB", "CONTINUING_UNDER_3M",
                        "NATIONAL_SKILL_CERT", "SO_CAP", "TRUNG_CAP", "CAO_DANG", "DAI_HOC", "THAC_SI", "TIEN_SI")))
                .andExpect(jsonPath("$[0].countsAsTrained", is("NO")))
                .andExpect(jsonPath("$[2].countsAsTrained", is("CONDITIONAL")))
                .andExpect(jsonPath("$[2].countsAsCertified", is(false)))
                .andExpect(jsonPath("$[4].nameVi", is("Sơ cấp")))
                .andExpect(jsonPath("$[4].vqfLevel", is("1-3")))
                .andExpect(jsonPath("$[4].minDurationMonths", is(3)))
                .andExpect(jsonPath("$[4:].countsAsCertified", everyItem(is(true))))
                .andExpect(jsonPath("$[0].vqfLevel", nullValue()));
    }

    @Test
    void theCommunePageFindsCommunesWithoutAccents() throws Exception {
        mvc.perform(get("/reference/communes").param("q", "ha giang"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Phường Hà Giang 1")))
                .andExpect(content().string(containsString("Phường Hà Giang 2")))
                .andExpect(content().string(not(containsString("Xã Ngọc Đường"))))
                .andExpect(content().string(containsString("124 đơn vị hành chính cấp xã: 117 xã và 7 phường")));
    }

    @Test
    void theOccupationPageShowsVietnameseTitlesAndEnglishOnlyInEnglish() throws Exception {
        mvc.perform(get("/reference/occupations").param("q", "7212"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Thợ hàn và thợ cắt kim loại bằng nhiệt")))
                .andExpect(content().string(not(containsString(">EN</span>"))));
        mvc.perform(get("/reference/occupations").param("q", "3355").param("lang", "en"))
                .andExpect(content().string(containsString("Kiểm lâm")))
                .andExpect(content().string(containsString(">VI</span>")));
    }

    @Test
    void theQualificationPageSaysWhichLevelsCountAsCertified() throws Exception {
        mvc.perform(get("/reference/qualification-levels"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đào tạo thường xuyên dưới 3 tháng")))
                .andExpect(content().string(containsString("Có điều kiện")));
    }
}
