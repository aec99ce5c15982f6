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

    @Test
    void invisibleCharactersCopiedFromAWebPageOrAChatAreRemovedAndAZeroWidthSpaceIsASpace() {
        assertThat(VietnameseText.normalize("Nguyễn\u200BVăn An")).isEqualTo("Nguyễn Văn An");
        assertThat(VietnameseText.normalize("Nguyễn Văn\u200D An\uFEFF")).isEqualTo("Nguyễn Văn An");
        assertThat(VietnameseText.normalize("\u200EHoàng\u00A0Thị\u200C Thu\u00AD")).isEqualTo("Hoàng Thị Thu");
        assertThat(VietnameseText.fold("Nguyễn\u200BVăn An")).isEqualTo(VietnameseText.fold("Nguyễn Văn An"));
    }

    @Test
    void aNameIsWrittenInLatinLettersAndTheFirstCharacterThatIsNotIsNamed() {
        assertThat(VietnameseText.foreignCharacterInName("Nguyễn Thị Ánh Tuyết")).isEmpty();
        assertThat(VietnameseText.foreignCharacterInName("H'Hen Niê")).isEmpty();
        assertThat(VietnameseText.foreignCharacterInName("Lò Văn Hùng-Dũng")).isEmpty();
        assertThat(VietnameseText.foreignCharacterInName("Nguyễn Văn An 😀")).hasValue("😀 (U+1F600)");
        assertThat(VietnameseText.foreignCharacterInName("Trần 明")).hasValue("明 (U+660E)");
        assertThat(VietnameseText.foreignCharacterInName("Lê Văn Ⅱ")).hasValue("Ⅱ (U+2161)");
        assertThat(VietnameseText.foreignCharacterInName("Лена")).hasValue("Л (U+041B)");
        assertThat(VietnameseText.foreignCharacterInName("An\u0000")).hasValue("\u0000 (U+0000)");
    }
}
