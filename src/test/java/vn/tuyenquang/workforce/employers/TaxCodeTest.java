package vn.tuyenquang.workforce.employers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TaxCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"0100109106", "0100109106-001", "0100 109 106", "4600100155"})
    void aWellFormedTaxCodeWithItsCheckDigitIsAccepted(String text) {
        assertThat(TaxCode.of(text).value()).isEqualTo(text.replace(" ", ""));
    }

    @ParameterizedTest
    @CsvSource({
            "0100109107, employer.taxCode.checkDigit",
            "0100109105-001, employer.taxCode.checkDigit",
            "010010910, employer.taxCode.form",
            "01001091061, employer.taxCode.form",
            "0100109106-000, employer.taxCode.form",
            "0100109106-01, employer.taxCode.form",
            "01OO109106, employer.taxCode.form",
            "'', employer.taxCode.form"})
    void aTaxCodeOfTheWrongFormOrCheckDigitIsRefusedWithItsReason(String text, String reason) {
        assertThatThrownBy(() -> TaxCode.of(text)).isInstanceOfSatisfying(EmployerException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(reason);
            assertThat(e.field()).isEqualTo("taxCode");
        });
    }

    /** The value object refuses a bad value however it is made, not only when parsed from what someone typed. */
    @ParameterizedTest
    @ValueSource(strings = {"0100109107", "12345", "0100 109 106", "any text"})
    void noTaxCodeCanBeMadeOfABadValue(String value) {
        assertThatThrownBy(() -> new TaxCode(value)).isInstanceOf(EmployerException.class);
    }

    @ParameterizedTest
    @CsvSource({"010010910, 6", "460010015, 5"})
    void theCheckDigitIsTenLessTheWeightedSumModuloEleven(String firstNine, int check) {
        assertThat(TaxCode.checkDigit(firstNine)).isEqualTo(check);
    }
}
