package vn.tuyenquang.workforce.imports;

import static vn.tuyenquang.workforce.imports.PersonColumns.BIRTH_DATE;
import static vn.tuyenquang.workforce.imports.PersonColumns.CITIZEN_ID;
import static vn.tuyenquang.workforce.imports.PersonColumns.COMMUNE;
import static vn.tuyenquang.workforce.imports.PersonColumns.ETHNIC;
import static vn.tuyenquang.workforce.imports.PersonColumns.FULL_NAME;
import static vn.tuyenquang.workforce.imports.PersonColumns.LABOUR_STATUS;
import static vn.tuyenquang.workforce.imports.PersonColumns.PHONE;
import static vn.tuyenquang.workforce.imports.PersonColumns.SEX;

import java.util.List;
import java.util.Map;

/**
 * The columns of the graduates file (batch/graduates/README.md): a person's ({@link PersonColumns}), then the training
 * record's.
 */
final class GraduateColumns {

    static final String COURSE = "ma_khoa_hoc";
    static final String ENROLLED_ON = "ngay_nhap_hoc";
    static final String COMPLETED_ON = "ngay_hoan_thanh";
    static final String CERTIFICATE = "so_chung_chi";
    static final String ISSUED_ON = "ngay_cap";
    /** Optional, and may be left out of the file altogether: the code of the funding programme that paid. */
    static final String PROGRAMME = "ma_chuong_trinh";

    static final List<String> ALL = List.of(CITIZEN_ID, FULL_NAME, BIRTH_DATE, SEX, ETHNIC, COMMUNE, PHONE,
            LABOUR_STATUS, COURSE, ENROLLED_ON, COMPLETED_ON, CERTIFICATE, ISSUED_ON, PROGRAMME);
    static final List<String> REQUIRED = List.of(CITIZEN_ID, FULL_NAME, BIRTH_DATE, SEX, COMMUNE, LABOUR_STATUS,
            COURSE, ENROLLED_ON);

    /** The columns of the training record, by the field a domain check names. */
    private static final Map<String, String> BY_FIELD = Map.of("courseCode", COURSE, "enrolledOn", ENROLLED_ON,
            "completedOn", COMPLETED_ON, "certificateNumber", CERTIFICATE, "issuedOn", ISSUED_ON, "programmeCode", PROGRAMME);

    private GraduateColumns() {
    }

    static String ofField(String field) {
        return PersonColumns.ofField(field, BY_FIELD);
    }
}
