package vn.tuyenquang.workforce.reference;

import java.util.Locale;
import java.util.Optional;

/**
 * A level of vocational or academic qualification, from "no training" up to doctorate, with how it counts
 * towards the trained (72 %) and certified (30 %) indicators under Nghị định 97/2016/NĐ-CP.
 *
 * @param ordinal           rank from lowest to highest; a person's highest qualification is the greatest
 * @param vqfLevel          level in the Vietnamese Qualifications Framework, where one applies ("1-3" for sơ cấp)
 * @param minDurationMonths shortest standard programme, where a programme applies
 */
public record QualificationLevel(String code, int ordinal, String nameVi, String nameEn, Optional<String> vqfLevel,
                                 Optional<Integer> minDurationMonths, CountsAsTrained countsAsTrained,
                                 boolean countsAsCertified, String notes) {

    /** How a level enters the trained indicator. */
    public enum CountsAsTrained {
        YES,
        NO,
        /** Only with skill equivalent to bậc 1 and three or more years in the trade, or where a setting says so. */
        CONDITIONAL
    }

    public String name(Locale locale) {
        return "vi".equals(locale.getLanguage()) ? nameVi : nameEn;
    }
}
