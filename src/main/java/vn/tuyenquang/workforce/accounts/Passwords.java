package vn.tuyenquang.workforce.accounts;

import java.security.SecureRandom;

/** Password rules shared by every way an account gets one. */
public final class Passwords {

    public static final int MIN_LENGTH = 10;
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    /** A random one-time password without look-alike characters (no 0/O, 1/l/I). */
    static String oneTime() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
