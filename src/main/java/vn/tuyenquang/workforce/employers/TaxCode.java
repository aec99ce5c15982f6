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

    /** @throws EmployerException when the text is not a well-formed tax code with the right check digit */
    public static TaxCode of(String text) {
        String compact = text == null ? "" : text.replace(" ", "");
        Matcher matcher = FORM.matcher(compact);
        if (!matcher.matches()) {
            throw new EmployerException("employer.taxCode.form", "taxCode");
        }
        String base = matcher.group(1);
        if (matcher.group(2) != null && matcher.group(2).equals("000")) {
            throw new EmployerException("employer.taxCode.form", "taxCode");
        }
        if (checkDigit(base) != base.charAt(9) - '0') {
            throw new EmployerException("employer.taxCode.checkDigit", "taxCode");
        }
        return new TaxCode(compact);
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
