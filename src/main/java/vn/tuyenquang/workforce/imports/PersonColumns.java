package vn.tuyenquang.workforce.imports;

import java.util.Map;

/** The columns that name a person, the same in every file the application imports, and the register's fields they feed. */
final class PersonColumns {

    static final String CITIZEN_ID = "so_dinh_danh";
    static final String FULL_NAME = "ho_ten";
    static final String BIRTH_DATE = "ngay_sinh";
    static final String SEX = "gioi_tinh";
    static final String ETHNIC = "ma_dan_toc";
    static final String COMMUNE = "ma_xa";
    static final String PHONE = "dien_thoai";
    static final String LABOUR_STATUS = "tinh_trang_viec_lam";

    private static final Map<String, String> BY_FIELD = Map.of("citizenId", CITIZEN_ID, "fullName", FULL_NAME,
            "birthDate", BIRTH_DATE, "sex", SEX, "ethnicCode", ETHNIC, "communeCode", COMMUNE, "phone", PHONE,
            "labourStatus", LABOUR_STATUS);

    private PersonColumns() {
    }

    /**
     * The column a domain check's field name came from: a person's field, else one of the file's own ({@code own});
     * a check that names no field concerns the person as a whole, so the citizen ID.
     */
    static String ofField(String field, Map<String, String> own) {
        if (field == null) {
            return CITIZEN_ID;
        }
        return BY_FIELD.getOrDefault(field, own.getOrDefault(field, field));
    }
}
