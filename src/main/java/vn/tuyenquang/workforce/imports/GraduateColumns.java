package vn.tuyenquang.workforce.imports;

import java.util.List;
import java.util.Map;

/** The columns of the graduates file (batch/graduates/README.md) and the record fields they feed. */
final class GraduateColumns {

    static final String CITIZEN_ID = "so_dinh_danh";
    static final String FULL_NAME = "ho_ten";
    static final String BIRTH_DATE = "ngay_sinh";
    static final String SEX = "gioi_tinh";
    static final String ETHNIC = "ma_dan_toc";
    static final String COMMUNE = "ma_xa";
    static final String PHONE = "dien_thoai";
    static final String LABOUR_STATUS = "tinh_trang_viec_lam";
    static final String COURSE = "ma_khoa_hoc";
    static final String ENROLLED_ON = "ngay_nhap_hoc";
    static final String COMPLETED_ON = "ngay_hoan_thanh";
    static final String CERTIFICATE = "so_chung_chi";
    static final String ISSUED_ON = "ngay_cap";

    static final List<String> ALL = List.of(CITIZEN_ID, FULL_NAME, BIRTH_DATE, SEX, ETHNIC, COMMUNE, PHONE,
            LABOUR_STATUS, COURSE, ENROLLED_ON, COMPLETED_ON, CERTIFICATE, ISSUED_ON);
    static final List<String> REQUIRED = List.of(CITIZEN_ID, FULL_NAME, BIRTH_DATE, SEX, COMMUNE, LABOUR_STATUS,
            COURSE, ENROLLED_ON);

    /** The column a domain check's field name came from. */
    private static final Map<String, String> BY_FIELD = Map.ofEntries(
            Map.entry("citizenId", CITIZEN_ID), Map.entry("fullName", FULL_NAME), Map.entry("birthDate", BIRTH_DATE),
            Map.entry("sex", SEX), Map.entry("ethnicCode", ETHNIC), Map.entry("communeCode", COMMUNE),
            Map.entry("phone", PHONE), Map.entry("labourStatus", LABOUR_STATUS), Map.entry("courseCode", COURSE),
            Map.entry("enrolledOn", ENROLLED_ON), Map.entry("completedOn", COMPLETED_ON),
            Map.entry("certificateNumber", CERTIFICATE), Map.entry("issuedOn", ISSUED_ON));

    private GraduateColumns() {
    }

    static String ofField(String field) {
        return field == null ? CITIZEN_ID : BY_FIELD.getOrDefault(field, field);
    }
}
