package vn.tuyenquang.workforce.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void foldingRemovesTonesAndVowelMarksAndLowersCase() {
        assertThat(VietnameseText.fold("Hàn điện")).isEqualTo("han dien");
        assertThat(VietnameseText.fold("NGUYỄN VĂN AN")).isEqualTo("nguyen van an");
        assertThat(VietnameseText.fold("Đường Hồng")).isEqualTo("duong hong");
    }

    @Test
    void foldingMergesDistinctWordsSoItNeverReplacesTheExactText() {
        assertThat(VietnameseText.fold("đường")).isEqualTo(VietnameseText.fold("dương")).isEqualTo("duong");
    }

    @Test
    void normalizingComposesDecomposedInputAndCollapsesSpaces() {
        String decomposed = "Nguye\u0302\u0303n  \t Thi\u0323 ";
        assertThat(VietnameseText.normalize(decomposed)).isEqualTo("Nguyễn Thị");
        assertThat(VietnameseText.fold(decomposed)).isEqualTo("nguyen thi");
    }

    @Test
    void containsFoldedIgnoresAccentsOnBothSides() {
        assertThat(VietnameseText.containsFolded("Phường Hà Giang 1", "ha giang")).isTrue();
        assertThat(VietnameseText.containsFolded("Phường Hà Giang 1", "Hà Giáng")).isTrue();
        assertThat(VietnameseText.containsFolded("Xã Ngọc Đường", "ha giang")).isFalse();
    }
}
