package vn.tuyenquang.workforce.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import vn.tuyenquang.workforce.people.LabourStatus;
import vn.tuyenquang.workforce.people.Sex;
import vn.tuyenquang.workforce.system.Refusal;
import vn.tuyenquang.workforce.text.LegacyEncoding;
import vn.tuyenquang.workforce.text.VietnameseText;

/**
 * Reads the cells of one line as the import files write them (dates as dd/mm/yyyy, "Nam"/"Nữ", labour
 * status in words), collecting a problem for every cell that cannot be read instead of stopping at the
 * first, then every value the domain's rules refuse ({@link #check}); {@link #done} then rejects the line with all of
 * them at once, in the order of the file's columns, so that one upload tells a clerk everything to fix.
 */
final class LineReader {

    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private final List<RejectedRow.Problem> problems = new ArrayList<>();
    private final ImportLine line;

    LineReader(ImportLine line) {
        this.line = line;
    }

    String required(String column) {
        String value = optional(column);
        if (value.isEmpty() && !hasProblemIn(column)) {
            problem(column, value, "import.value.required");
        }
        return value;
    }

    /** The cell as written; a cell holding control characters (NUL and the like) is a problem, read as empty. */
    String optional(String column) {
        String value = line.value(column);
        if (hasControlCharacters(value)) {
            problem(column, value, "import.value.control");
            return "";
        }
        return value;
    }

    /** Line breaks and tabs are spacing (collapsed by normalisation); any other control character is not text. */
    static boolean hasControlCharacters(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return true;
            }
        }
        return false;
    }

    /** Names and numbers: normalised, and refused when typed in a legacy font. */
    String text(String column, boolean required) {
        String value = required ? required(column) : optional(column);
        LegacyEncoding.detect(value).ifPresent(font -> problem(column, value, "import.value.legacy" + font));
        return VietnameseText.normalize(value);
    }

    /** A date from 1900 to 2100: anything outside is a typing mistake, and the database could not keep it. */
    LocalDate date(String column, boolean required) {
        String value = required ? required(column) : optional(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            LocalDate date = value.contains("/") ? LocalDate.parse(value, VIETNAMESE_DATE) : LocalDate.parse(value);
            if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
                problem(column, value, "import.value.dateRange");
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problem(column, value, "import.value.date");
            return null;
        }
    }

    /** A whole number from {@code min} to {@code max}, or null when the cell is empty. */
    Integer number(String column, int min, int max) {
        String value = optional(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(column, value, "import.value.number");
        return null;
    }

    Sex sex(String column) {
        String value = required(column);
        return switch (VietnameseText.fold(value)) {
            case "" -> null;
            case "nam" -> Sex.MALE;
            case "nu" -> Sex.FEMALE;
            default -> {
                problem(column, value, "import.value.sex");
                yield null;
            }
        };
    }

    LabourStatus labourStatus(String column) {
        String value = required(column);
        return switch (VietnameseText.fold(value)) {
            case "" -> null;
            case "co viec lam" -> LabourStatus.EMPLOYED;
            case "that nghiep" -> LabourStatus.UNEMPLOYED;
            case "khong tham gia", "khong tham gia luc luong lao dong" -> LabourStatus.OUTSIDE_LABOUR_FORCE;
            default -> {
                problem(column, value, "import.value.labourStatus");
                yield null;
            }
        };
    }

    private boolean hasProblemIn(String column) {
        return problems.stream().anyMatch(p -> p.column().equals(column));
    }

    void problem(String column, String value, String reasonKey) {
        problems.add(new RejectedRow.Problem(column, value, reasonKey));
    }

    /**
     * Runs a domain check on what was read (the register's rules, references, dates against each other), adding every
     * value it refuses in its column, unless that column's text could not be read already (the reading's reason is
     * the one to fix). Returns the check's result, or null when it refused something.
     */
    <T> T check(Supplier<T> check, UnaryOperator<String> columnOfField) {
        try {
            return check.get();
        } catch (Refusal refused) {
            for (Refusal each : refused.all()) {
                String column = columnOfField.apply(each.field());
                if (!hasProblemIn(column)) {
                    problem(column, line.value(column), each.messageKey());
                }
            }
            return null;
        }
    }

    /** Rejects the line with every problem found, if any, in the order of the file's columns. */
    void done() {
        if (!problems.isEmpty()) {
            List<String> columns = List.copyOf(line.values().keySet());
            problems.sort(Comparator.comparingInt(problem -> {
                int at = columns.indexOf(problem.column());
                return at < 0 ? Integer.MAX_VALUE : at;
            }));
            throw new RejectedRow(line, problems);
        }
    }
}
