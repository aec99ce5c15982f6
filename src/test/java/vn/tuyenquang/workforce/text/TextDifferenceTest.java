package vn.tuyenquang.workforce.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextDifferenceTest {

    @Test
    void marksOnlyWhatDiffersBetweenTwoSpellingsOrDates() {
        assertThat(TextDifference.of("Nguyễn Văn Bình", "Nguyễn Văn Bính"))
                .isEqualTo(new TextDifference("Nguyễn Văn B", "ì", "nh"));
        assertThat(TextDifference.of("01/05/1990", "02/05/1990")).isEqualTo(new TextDifference("0", "1", "/05/1990"));
        // A letter more on one side: the shorter one has nothing to mark, the longer one its extra letter.
        assertThat(TextDifference.of("Hoàng Văn An", "Hoàng Văn Ann").differs()).isFalse();
        assertThat(TextDifference.of("Hoàng Văn Ann", "Hoàng Văn An")).isEqualTo(new TextDifference("Hoàng Văn An", "n", ""));
        // A repeated letter is not counted twice at both ends.
        assertThat(TextDifference.of("aa", "aaa")).isEqualTo(new TextDifference("aa", "", ""));
        assertThat(TextDifference.of("Lan", "Lan").differs()).isFalse();
    }
}
