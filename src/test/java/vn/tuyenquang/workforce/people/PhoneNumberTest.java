package vn.tuyenquang.workforce.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "0912345678, 0912345678",
            "'091 234 5678', 0912345678",
            "0912.345.678, 0912345678",
            "+84912345678, 0912345678",
            "84 912 345 678, 0912345678",
            "0387654321, 0387654321",
            "02073822123, 02073822123",      // Tuyên Quang landline, area code 0207
            "'(0207) 382-2123', 02073822123"
    })
    void mobileAndLandlineNumbersAreAcceptedInTheirNationalForm(String typed, String national) {
        assertThat(PhoneNumber.of(typed).value()).isEqualTo(national);
    }

    @ParameterizedTest
    @ValueSource(strings = {"091234567", "09123456789", "0112345678", "0612345678", "1912345678", "0207382212", "phone"})
    void otherNumbersAreRefused(String typed) {
        assertThatThrownBy(() -> PhoneNumber.of(typed)).isInstanceOf(InvalidValueException.class)
                .hasMessage("phone.format");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0912345678"})
    void printedByMistakeItIsMasked(String number) {
        assertThat(PhoneNumber.of(number).toString()).isEqualTo("091*****78");
    }
}
