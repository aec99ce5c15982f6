package vn.tuyenquang.workforce.people;

/**
 * A Vietnamese phone number in its national form: a mobile number of 10 digits (03, 05, 07, 08, 09…)
 * or a landline of 11 digits (02 and the area code, e.g. 0207 for Tuyên Quang). "+84" and the
 * separators people type (spaces, dots, dashes) are accepted. Personal data: never log it.
 */
public record PhoneNumber(String value) {

    public PhoneNumber {
        if (!value.matches("0[35789]\\d{8}|02\\d{9}")) {
            throw new InvalidValueException("phone.format");
        }
    }

    public static PhoneNumber of(String text) {
        String digits = text == null ? "" : text.replaceAll("[\\s.()-]", "");
        if (digits.startsWith("+84")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("84") && digits.length() >= 11) {
            digits = "0" + digits.substring(2);
        }
        return new PhoneNumber(digits);
    }

    public String masked() {
        return value.substring(0, 3) + "*****" + value.substring(value.length() - 2);
    }

    @Override
    public String toString() {
        return masked();
    }
}
