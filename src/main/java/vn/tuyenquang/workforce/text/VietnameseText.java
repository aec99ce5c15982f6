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
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Zs}]+");
    private static final Pattern ZERO_WIDTH_SPACE = Pattern.compile("\u200B");
    private static final Pattern FORMAT_CHARACTERS = Pattern.compile("\\p{Cf}");
    private static final String TONES = "[\u0300\u0301\u0303\u0309\u0323]";
    /** "hoà", "hoè" at a syllable's end: the old style puts the tone on the second vowel. */
    private static final Pattern OLD_STYLE_OA_OE = Pattern.compile("([oO])([aAeE])(" + TONES + ")(?!\\p{L})");
    /** "thuỷ" (but not "quý", whose u belongs to the consonant). */
    private static final Pattern OLD_STYLE_UY = Pattern.compile("(?<![qQ])([uU])([yY])(" + TONES + ")(?!\\p{L})");

    private VietnameseText() {
    }

    /**
     * NFC, one tone-mark placement (the style of the statistics office's lists: "Hòa", "Thủy", not "Hoà",
     * "Thuỷ"), trimmed, runs of white space collapsed to one space.
     */
    public static String normalize(String text) {
        // Invisible characters copied from web pages and chats: a zero-width space stands for the space it hides,
        // the other format characters (joiners, marks of direction, soft hyphens, byte-order marks) go.
        String visible = FORMAT_CHARACTERS.matcher(ZERO_WIDTH_SPACE.matcher(text).replaceAll(" ")).replaceAll("");
        String decomposed = Normalizer.normalize(visible, Normalizer.Form.NFD);
        decomposed = OLD_STYLE_OA_OE.matcher(decomposed).replaceAll("$1$3$2");
        decomposed = OLD_STYLE_UY.matcher(decomposed).replaceAll("$1$3$2");
        return SPACES.matcher(Normalizer.normalize(decomposed, Normalizer.Form.NFC)).replaceAll(" ").trim();
    }

    /**
     * The first character of a name (already {@link #normalize normalized}) that names in Vietnam are not written
     * with: anything but Latin letters with their marks (Vietnamese and the ethnic minorities' romanised names),
     * spaces, hyphens, apostrophes, full stops, commas and the digits 0–9 (registers number namesakes and placeholders, and a
     * digit is at least typed on purpose). Empty when there is none.
     */
    public static java.util.Optional<String> foreignCharacterInName(String name) {
        return name.codePoints()
                .filter(c -> !(Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN)
                        && Character.getType(c) != Character.NON_SPACING_MARK && " -'’.,0123456789".indexOf(c) < 0)
                .mapToObj(c -> new String(Character.toChars(c)) + " (U+" + String.format("%04X", c) + ")")
                .findFirst();
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

    /** "Nguyễn Văn An" → "N. V. An": the given name, and initials for the rest (public pages, masked profiles). */
    public static String maskName(String fullName) {
        String[] words = fullName.strip().split("\\s+");
        StringBuilder masked = new StringBuilder();
        for (int i = 0; i < words.length - 1; i++) {
            masked.append(words[i].charAt(0)).append(". ");
        }
        return masked.append(words[words.length - 1]).toString();
    }
}
