package vn.tuyenquang.workforce.text;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises Vietnamese typed in the pre-Unicode TCVN3 (ABC) or VNI fonts and then saved as if it were
 * Unicode: "NguyÔn V¨n An" (TCVN3), "Nguyeãn Vaên An" (VNI). Such text cannot be read reliably, so an
 * import reports it rather than storing garbled names.
 */
public final class LegacyEncoding {

    /**
     * Latin-1 characters TCVN3 uses for Vietnamese letters and Unicode Vietnamese never does (it shares
     * à á â ã è é ê ì í ò ó ô õ ù ú ý and their capitals, which are left out).
     */
    private static final Pattern TCVN3 = Pattern.compile("[¸µ¶·¹¨©ª«¬®¯°±²³´½¾ÆÇËÎÏÖ×ÜÞßåæçëîïö÷üþ]");
    /**
     * VNI writes a letter followed by a mark character: ø, û, ï and ñ never occur in Vietnamese, and
     * neither do a vowel followed by ù or õ, e/i/o/u/y followed by ã (except the u of "qu", as in
     * "quãng"), or a/o followed by ê.
     */
    private static final Pattern VNI = Pattern.compile("[øûïñ]|[aeiouyAEIOUY][ùõ]|(?<![qQ])[eiouyEIOUY]ã|[aoAO]ê");

    private LegacyEncoding() {
    }

    /** "TCVN3" or "VNI" when {@code text} looks typed in that legacy font, else empty. */
    public static Optional<String> detect(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        if (TCVN3.matcher(text).find()) {
            return Optional.of("TCVN3");
        }
        return VNI.matcher(text).find() ? Optional.of("VNI") : Optional.empty();
    }
}
