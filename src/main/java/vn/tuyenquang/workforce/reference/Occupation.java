package vn.tuyenquang.workforce.reference;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A group of Vietnam's occupation classification, VSCO 2020 (Quyết định 34/2020/QĐ-TTg): level 1 (one digit) to 4
 * (four digits), with its Vietnamese title and the job titles listed under it (the words people type). An English
 * title is ISCO-08's, only where ISCO-08 has the same code with the same meaning; elsewhere the Vietnamese title is
 * shown in English too, marked, rather than an unsourced translation. A code only ISCO-08 has ({@code vsco} false)
 * is kept for the records that use it and is never offered for new ones.
 */
public record Occupation(String code, int level, Optional<String> titleEn, Optional<String> titleVi, boolean vsco,
                         List<String> jobTitles) {

    /** The title to show in {@code locale}: in its language where a sourced one exists, else in the other. */
    public String title(Locale locale) {
        return "vi".equals(locale.getLanguage()) ? titleVi.or(() -> titleEn).orElse(code)
                : titleEn.or(() -> titleVi).orElse(code);
    }

    /** Whether {@link #title} falls back to the other language in {@code locale}. */
    public boolean untranslated(Locale locale) {
        return "vi".equals(locale.getLanguage()) ? titleVi.isEmpty() : titleEn.isEmpty();
    }

    /** The code of the enclosing group, or empty for a major group. */
    public Optional<String> parentCode() {
        return level == 1 ? Optional.empty() : Optional.of(code.substring(0, level - 1));
    }
}
