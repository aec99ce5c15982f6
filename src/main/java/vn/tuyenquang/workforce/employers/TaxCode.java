package vn.tuyenquang.workforce.employers;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Vietnamese tax code (mã số thuế), which is also an enterprise's registration number: 10 digits whose
 * last is a check digit over the first nine (weights 31, 29, 23, 19, 17, 13, 7, 5, 3; the check digit is
 * 10 minus the weighted sum modulo 11, and 0 where that gives 10), or 13 digits for a dependent branch:
 * the parent's 10 digits, a hyphen, and the branch's number 001–999. Spaces are ignored.
 */
public record TaxCode(String value) {

    private static final Pattern FORM = Pattern.compile("(\\d{10})(?:-(\\d{3}))?");
    private static final int[] WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};

    /**
     * A tax code only as a well-formed one with the right check digit: no other can be made.
     *
     * @throws EmployerException when it is not
     */
    public TaxCode {
        Matcher matcher = FORM.matcher(value == null ? "" : value);
        if (!matcher.matches() || "000".equals(matcher.group(2))) {
            throw new EmployerException("employer.taxCode.form", "taxCode");
        }
        String base = matcher.group(1);
        if (checkDigit(base) != base.charAt(9) - '0') {
            throw new EmployerException("employer.taxCode.checkDigit", "taxCode");
        }
    }

    /**
     * The tax code as typed, spaces ignored.
     *
     * @throws EmployerException when the text is not a well-formed tax code with the right check digit
     */
    public static TaxCode of(String text) {
        return new TaxCode(text == null ? "" : text.replace(" ", ""));
    }

    static int checkDigit(String base) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (base.charAt(i) - '0') * WEIGHTS[i];
        }
        return (10 - sum % 11) % 10;
    }

    @Override
    public String toString() {
        return value;
    }
}
