package vn.tuyenquang.workforce.abroad;

import java.text.Collator;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The countries a worker may go to: ISO 3166-1 alpha-2 codes, named in the reader's language, as the JDK's locale data
 * (Unicode CLDR) gives them. Vietnam itself is not a destination.
 */
public final class Countries {

    /** A country's code and name. */
    public record Country(String code, String name) {
    }

    private Countries() {
    }

    /** Every destination, by name in {@code locale}'s order. */
    public static List<Country> all(Locale locale) {
        Collator order = Collator.getInstance(locale);
        return Arrays.stream(Locale.getISOCountries()).filter(code -> !code.equals("VN"))
                .map(code -> new Country(code, name(code, locale)))
                .sorted((a, b) -> order.compare(a.name(), b.name())).toList();
    }

    /** The code as stored (capitals), when it is a destination. */
    public static Optional<String> known(String code) {
        String upper = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        return Arrays.asList(Locale.getISOCountries()).contains(upper) && !upper.equals("VN") ? Optional.of(upper)
                : Optional.empty();
    }

    public static String name(String code, Locale locale) {
        return new Locale("", code).getDisplayCountry(locale);
    }
}
