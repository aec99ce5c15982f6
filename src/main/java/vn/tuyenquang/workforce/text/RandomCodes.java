package vn.tuyenquang.workforce.text;

import java.security.SecureRandom;

/** Random codes people read and type: without look-alike characters (no 0/O, 1/l/I). */
public final class RandomCodes {

    /** Upper case and digits: for codes read aloud or printed (verification codes). */
    public static final String UPPER_AND_DIGITS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    /** Both cases and digits: for one-time passwords. */
    public static final String MIXED_CASE_AND_DIGITS = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomCodes() {
    }

    public static String generate(String alphabet, int length) {
        StringBuilder code = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            code.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return code.toString();
    }
}
