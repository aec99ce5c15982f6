package vn.tuyenquang.workforce.people;

import java.time.LocalDate;

/**
 * A Vietnamese citizen identity number (số định danh cá nhân, printed on the CCCD card): 12 digits, of
 * which the first three name the province of birth (001–096), the fourth encodes century and sex
 * (0/1: male/female born 1900–1999; 2/3: male/female born 2000–2099), and the fifth and sixth are the
 * last two digits of the birth year. There is no checksum. Personal data: never log it or put it in a URL.
 */
public final class CitizenId {

    private final String digits;

    private CitizenId(String digits) {
        this.digits = digits;
    }

    /** Parses a citizen ID as typed: spaces are ignored; anything else that is not 12 digits is refused. */
    public static CitizenId of(String text) {
        String digits = text == null ? "" : text.replace(" ", "");
        if (digits.matches("[1-9]\\d{9,10}")) {
            // A spreadsheet read the number as a number and dropped its leading zeros (every number starts
            // with 0, the province codes being 001–096): say so, and how to keep them.
            throw new InvalidValueException("citizenId.leadingZeroLost");
        }
        if (!digits.matches("\\d{12}")) {
            throw new InvalidValueException("citizenId.format");
        }
        int province = Integer.parseInt(digits.substring(0, 3));
        if (province < 1 || province > 96) {
            throw new InvalidValueException("citizenId.province");
        }
        if (digits.charAt(3) > '3') {
            throw new InvalidValueException("citizenId.centurySex");
        }
        return new CitizenId(digits);
    }

    /** Checks that the birth date and sex recorded for the person agree with what the number encodes. */
    public void checkAgrees(LocalDate birthDate, Sex sex) {
        int code = digits.charAt(3) - '0';
        int century = code < 2 ? 1900 : 2000;
        int year = century + Integer.parseInt(digits.substring(4, 6));
        if (birthDate.getYear() != year) {
            throw new InvalidValueException("citizenId.birthYear");
        }
        if ((code % 2 == 0 ? Sex.MALE : Sex.FEMALE) != sex) {
            throw new InvalidValueException("citizenId.sex");
        }
    }

    public String value() {
        return digits;
    }

    /** The form shown to roles that may not see the number: only its last three digits. */
    public String masked() {
        return "*********" + digits.substring(9);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CitizenId id && id.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    /** Masked, so that a citizen ID printed by mistake (a log line, an exception) does not leak. */
    @Override
    public String toString() {
        return masked();
    }
}
