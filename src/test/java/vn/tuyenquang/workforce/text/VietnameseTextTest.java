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
    void oldStyleTonePlacementIsMovedToTheStyleOfTheStatisticsOfficesLists() {
        assertThat(VietnameseText.normalize("Xã Thuận Hoà")).isEqualTo("Xã Thuận Hòa");
        assertThat(VietnameseText.normalize("Thanh Thuỷ")).isEqualTo("Thanh Thủy");
        assertThat(VietnameseText.normalize("Chiêm Hoá, Hoè Nhai")).isEqualTo("Chiêm Hóa, Hòe Nhai");
        assertThat(VietnameseText.normalize("HOÀ")).isEqualTo("HÒA");
    }

    @Test
    void tonesAlreadyInPlaceOrBelongingToAnotherVowelAreLeftAlone() {
        assertThat(VietnameseText.normalize("Hoàng Thị Thủy")).isEqualTo("Hoàng Thị Thủy");
        assertThat(VietnameseText.normalize("Quý Hòa")).isEqualTo("Quý Hòa");
        assertThat(VietnameseText.normalize("khoảng")).isEqualTo("khoảng");
        assertThat(VietnameseText.normalize("Nguyễn Văn Toàn")).isEqualTo("Nguyễn Văn Toàn");
    }

    @Test
    void legacyTcvn3AndVniTextIsRecognisedAndUnicodeIsNot() {
        assertThat(LegacyEncoding.detect("NguyÔn V¨n An")).contains("TCVN3");
        assertThat(LegacyEncoding.detect("Hµ Giang")).contains("TCVN3");
        assertThat(LegacyEncoding.detect("Nguyeãn Vaên An")).contains("VNI");
        assertThat(LegacyEncoding.detect("Nguyễn Văn An")).isEmpty();
        assertThat(LegacyEncoding.detect("Lò Thị Xuân, Đặng Hữu Phúc, Ma Seo Chứ")).isEmpty();
        assertThat(LegacyEncoding.detect("")).isEmpty();
    }

    @Test
    void noCommuneOrEthnicGroupNameOfTheReferenceListsIsMistakenForLegacyTextOrReTonedByNormalizing() throws Exception {
        for (String file : java.util.List.of("reference/tuyen-quang-communes.csv", "reference/ethnic-groups.csv")) {
            try (var in = getClass().getClassLoader().getResourceAsStream(file)) {
                String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                for (String line : text.split("\n")) {
                    String name = line.split(",")[1];
                    assertThat(LegacyEncoding.detect(name)).as(name).isEmpty();
                    assertThat(VietnameseText.normalize(name)).as(name).isEqualTo(name.strip());
                }
            }
        }
    }

    @Test
    void containsFoldedIgnoresAccentsOnBothSides() {
        assertThat(VietnameseText.containsFolded("Phường Hà Giang 1", "ha giang")).isTrue();
        assertThat(VietnameseText.containsFolded("Phường Hà Giang 1", "Hà Giáng")).isTrue();
        assertThat(VietnameseText.containsFolded("Xã Ngọc Đường", "ha giang")).isFalse();
    }
}
