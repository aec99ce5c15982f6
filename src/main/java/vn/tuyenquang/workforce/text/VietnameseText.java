package vn.tuyenquang.workforce.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text as people type it. {@link #fold} makes accent-insensitive keys ("Hàn điện" and
 * "han dien" both become "han dien"); it merges distinct words (đường, dương, duong), so it serves
 * matching beside the exact text, never in its place.
 */
public final class VietnameseText {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private VietnameseText() {
    }

    /** NFC, trimmed, runs of white space collapsed to one space. */
    public static String normalize(String text) {
        return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").trim();
    }

    /** Lower case, tone and vowel marks removed, đ→d: the form used for accent-insensitive matching. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(normalize(text), Normalizer.Form.NFD);
        return COMBINING_MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D')
                .toLowerCase(Locale.ROOT);
    }

    /** Whether {@code text} contains {@code query}, ignoring case and accents. */
    public static boolean containsFolded(String text, String query) {
        return fold(text).contains(fold(query));
    }
}
