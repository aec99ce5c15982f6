package vn.tuyenquang.workforce.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CitizenIdTest {

    @ParameterizedTest(name = "{0} born {1}, {2}")
    @CsvSource({
            "008090001234, 1990-05-01, MALE",     // Tuyên Quang, 0 = male 1900s
            "008195004321, 1995-12-31, FEMALE",   // 1 = female 1900s
            "001205000001, 2005-01-01, MALE",     // 2 = male 2000s
            "096303999999, 2003-07-15, FEMALE",   // 3 = female 2000s, highest province code
            "'0080 9000 1234', 1990-05-01, MALE"  // spaces as people type them
    })
    void aWellFormedNumberAgreeingWithBirthDateAndSexIsAccepted(String text, LocalDate birthDate, Sex sex) {
        CitizenId id = CitizenId.of(text);
        id.checkAgrees(birthDate, sex);
        assertThat(id.value()).hasSize(12).doesNotContain(" ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "00809000123", "0080900012345", "00809000123A", "008-090-001234", "809000123"})
    void anythingButTwelveDigitsIsRefused(String text) {
        assertThatThrownBy(() -> CitizenId.of(text)).isInstanceOf(InvalidValueException.class)
                .hasMessage("citizenId.format");
    }

    @ParameterizedTest
    @ValueSource(strings = {"8090001234", "80900012345", "26195000123"})
    void aNumberThatLostItsLeadingZerosInASpreadsheetIsRecognisedAsSuch(String text) {
        assertThatThrownBy(() -> CitizenId.of(text)).isInstanceOf(InvalidValueException.class)
                .hasMessage("citizenId.leadingZeroLost");
    }

    @ParameterizedTest
    @ValueSource(strings = {"000090001234", "097090001234", "999090001234"})
    void theProvinceOfBirthMustBeBetween001And096(String text) {
        assertThatThrownBy(() -> CitizenId.of(text)).hasMessage("citizenId.province");
    }

    @ParameterizedTest
    @ValueSource(strings = {"008490001234", "008590001234", "008990001234"})
    void theCenturyAndSexDigitMustBe0To3(String text) {
        assertThatThrownBy(() -> CitizenId.of(text)).hasMessage("citizenId.centurySex");
    }

    @Test
    void theBirthYearMustMatchTheFifthAndSixthDigitsAndTheCentury() {
        CitizenId id = CitizenId.of("008090001234");
        assertThatThrownBy(() -> id.checkAgrees(LocalDate.of(1991, 1, 1), Sex.MALE)).hasMessage("citizenId.birthYear");
        assertThatThrownBy(() -> id.checkAgrees(LocalDate.of(2090, 1, 1), Sex.MALE)).hasMessage("citizenId.birthYear");
    }

    @Test
    void theSexMustMatchTheFourthDigit() {
        assertThatThrownBy(() -> CitizenId.of("008090001234").checkAgrees(LocalDate.of(1990, 1, 1), Sex.FEMALE))
                .hasMessage("citizenId.sex");
        assertThatThrownBy(() -> CitizenId.of("008305001234").checkAgrees(LocalDate.of(2005, 1, 1), Sex.MALE))
                .hasMessage("citizenId.sex");
    }

    @Test
    void printedByMistakeItShowsOnlyItsLastThreeDigits() {
        CitizenId id = CitizenId.of("008090001234");
        assertThat(id.toString()).isEqualTo("*********234").doesNotContain("0080900");
        assertThat(id.masked()).isEqualTo("*********234");
    }
}
