package vn.tuyenquang.workforce.imports;

import java.util.List;
import java.util.Map;

/** The columns of the labour-supply survey file (batch/labour-survey/README.md) and the fields they feed. */
final class SurveyColumns {

    static final String CITIZEN_ID = "so_dinh_danh";
    static final String FULL_NAME = "ho_ten";
    static final String BIRTH_DATE = "ngay_sinh";
    static final String SEX = "gioi_tinh";
    static final String ETHNIC = "ma_dan_toc";
    static final String COMMUNE = "ma_xa";
    static final String LABOUR_STATUS = "tinh_trang_viec_lam";
    static final String LEVEL = "trinh_do_cao_nhat";
    static final String OCCUPATION = "nganh_nghe";
    static final String YEARS_IN_TRADE = "so_nam_lam_nghe";
    static final String ATTAINED = "nam_dat_trinh_do";

    static final List<String> REQUIRED = List.of(CITIZEN_ID, FULL_NAME, BIRTH_DATE, SEX, COMMUNE, LABOUR_STATUS, LEVEL);

    private static final Map<String, String> BY_FIELD = Map.of("citizenId", CITIZEN_ID, "fullName", FULL_NAME,
            "birthDate", BIRTH_DATE, "sex", SEX, "ethnicCode", ETHNIC, "communeCode", COMMUNE,
            "labourStatus", LABOUR_STATUS);

    private SurveyColumns() {
    }

    /** The column a domain check's field name came from. */
    static String ofField(String field) {
        return field == null ? CITIZEN_ID : BY_FIELD.getOrDefault(field, field);
    }
}
