package vn.tuyenquang.workforce.reference;

import java.util.Locale;

import vn.tuyenquang.workforce.text.VietnameseText;

/**
 * How well titles match what was typed (prepared once per query): lower is better; {@link #NONE} when a title does
 * not match.
 */
final class OccupationMatch {

    static final int NONE = 100;

    private final String asTyped;
    private final boolean accented;
    private final String folded;

    OccupationMatch(String typed) {
        this.asTyped = VietnameseText.normalize(typed).toLowerCase(Locale.ROOT);
        this.folded = VietnameseText.fold(typed);
        this.accented = !asTyped.equals(folded);
    }

    /** 1: the words as typed, accents included; 2: whole words without accents; 3: the start of a word; 4: anywhere. */
    int score(String title) {
        String lowerTitle = " " + VietnameseText.normalize(title).toLowerCase(Locale.ROOT) + " ";
        if (accented && lowerTitle.contains(" " + asTyped + " ")) {
            return 1;
        }
        String foldedTitle = " " + VietnameseText.fold(title) + " ";
        if (foldedTitle.contains(" " + folded + " ")) {
            return 2;
        }
        if (foldedTitle.contains(" " + folded)) {
            return 3;
        }
        return foldedTitle.contains(folded) ? 4 : NONE;
    }
}
