package vn.tuyenquang.workforce.reference;

import java.util.Locale;
import java.util.Optional;

/**
 * An ISCO-08 group: level 1 (major, one digit) to 4 (unit, four digits). Sourced Vietnamese titles exist
 * only for some groups; elsewhere the English ISCO title is shown rather than an unsourced translation.
 */
public record Occupation(String code, int level, String titleEn, Optional<String> titleVi) {

    /** The title to show in {@code locale}: Vietnamese where a sourced one exists, else English. */
    public String title(Locale locale) {
        return "vi".equals(locale.getLanguage()) ? titleVi.orElse(titleEn) : titleEn;
    }

    /** The code of the enclosing group, or empty for a major group. */
    public Optional<String> parentCode() {
        return level == 1 ? Optional.empty() : Optional.of(code.substring(0, level - 1));
    }
}
