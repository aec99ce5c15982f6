package vn.tuyenquang.workforce.reference;

import java.util.Locale;

import vn.tuyenquang.workforce.text.VietnameseText;

/** How well a title matches what was typed: lower is better; {@link #NONE} when it does not match. */
final class OccupationMatch {

    static final int NONE = 100;

    private OccupationMatch() {
    }

    static int score(String title, String typed) {
        String lower = " " + VietnameseText.normalize(title).toLowerCase(Locale.ROOT) + " ";
        String asTyped = VietnameseText.normalize(typed).toLowerCase(Locale.ROOT);
        if (!asTyped.equals(VietnameseText.fold(asTyped)) && lower.contains(" " + asTyped + " ")) {
            return 1;
        }
        String folded = " " + VietnameseText.fold(title) + " ";
        String query = VietnameseText.fold(typed);
        if (folded.contains(" " + query + " ")) {
            return 2;
        }
        if (folded.contains(" " + query)) {
            return 3;
        }
        return folded.contains(query) ? 4 : NONE;
    }
}
