package vn.tuyenquang.workforce.imports;

import static vn.tuyenquang.workforce.imports.PersonColumns.BIRTH_DATE;
import static vn.tuyenquang.workforce.imports.PersonColumns.CITIZEN_ID;
import static vn.tuyenquang.workforce.imports.PersonColumns.COMMUNE;
import static vn.tuyenquang.workforce.imports.PersonColumns.FULL_NAME;
import static vn.tuyenquang.workforce.imports.PersonColumns.LABOUR_STATUS;
import static vn.tuyenquang.workforce.imports.PersonColumns.SEX;

import java.util.List;
import java.util.Map;

/**
 * The columns of the labour-supply survey file (batch/labour-survey/README.md): a person's ({@link PersonColumns}),
 * then the declared qualification's.
 */
final class SurveyColumns {

    static final String LEVEL = "trinh_do_cao_nhat";
    static final String OCCUPATION = "nganh_nghe";
    static final String YEARS_IN_TRADE = "so_nam_lam_nghe";
    static final String ATTAINED = "nam_dat_trinh_do";

    static final List<String> REQUIRED = List.of(CITIZEN_ID, FULL_NAME, BIRTH_DATE, SEX, COMMUNE, LABOUR_STATUS,
            LEVEL);

    private SurveyColumns() {
    }

    /** The column a domain check's field name came from. */
    static String ofField(String field) {
        return PersonColumns.ofField(field, Map.of());
    }
}
