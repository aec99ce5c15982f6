package vn.tuyenquang.workforce.text;

/**
 * Where one text differs from another, for a reader comparing them side by side: what they share at the start, the
 * part of this text that differs, and what they share at the end ("Nguyễn Văn B" · "ì" · "nh" against "Bính";
 * "0" · "1" · "/05/1990" against "02/05/1990"). Both texts are compared as written (composed Unicode).
 */
public record TextDifference(String before, String changed, String after) {

    /** How {@code text} differs from {@code other}. */
    public static TextDifference of(String text, String other) {
        int prefix = 0;
        int shortest = Math.min(text.length(), other.length());
        while (prefix < shortest && text.charAt(prefix) == other.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < shortest - prefix
                && text.charAt(text.length() - 1 - suffix) == other.charAt(other.length() - 1 - suffix)) {
            suffix++;
        }
        return new TextDifference(text.substring(0, prefix), text.substring(prefix, text.length() - suffix),
                text.substring(text.length() - suffix));
    }

    /** Whether the two texts differ at all. */
    public boolean differs() {
        return !changed.isEmpty();
    }
}
