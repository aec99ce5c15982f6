package vn.tuyenquang.workforce.accounts;

import vn.tuyenquang.workforce.text.RandomCodes;

/** Password rules shared by every way an account gets one. */
public final class Passwords {

    public static final int MIN_LENGTH = 10;

    private Passwords() {
    }

    /** A random one-time password of 16 characters. */
    static String oneTime() {
        return RandomCodes.generate(RandomCodes.MIXED_CASE_AND_DIGITS, 16);
    }
}
