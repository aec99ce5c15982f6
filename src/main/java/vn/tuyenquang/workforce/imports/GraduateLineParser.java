package vn.tuyenquang.workforce.imports;

import static vn.tuyenquang.workforce.imports.GraduateColumns.*;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;

import vn.tuyenquang.workforce.people.LabourStatus;
import vn.tuyenquang.workforce.people.NewPerson;
import vn.tuyenquang.workforce.people.Sex;
import vn.tuyenquang.workforce.text.LegacyEncoding;
import vn.tuyenquang.workforce.text.VietnameseText;
import vn.tuyenquang.workforce.training.Graduate;

/**
 * Turns a line's text into a {@link Graduate}, or a {@link RejectedRow} listing every column whose text
 * cannot be read: missing values, dates that do not exist, unknown words, legacy-font text.
 */
final class GraduateLineParser {

    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final List<RejectedRow.Problem> problems = new ArrayList<>();
    private final GraduateLine line;

    private GraduateLineParser(GraduateLine line) {
        this.line = line;
    }

    static Graduate parse(GraduateLine line) {
        return new GraduateLineParser(line).graduate();
    }

    private Graduate graduate() {
        NewPerson person = new NewPerson(required(CITIZEN_ID), text(FULL_NAME, true), date(BIRTH_DATE, true),
                sex(), optional(ETHNIC), required(COMMUNE), optional(PHONE), labourStatus());
        Graduate graduate = new Graduate(person, required(COURSE), date(ENROLLED_ON, true), date(COMPLETED_ON, false),
                text(CERTIFICATE, false), date(ISSUED_ON, false));
        if (!problems.isEmpty()) {
            throw new RejectedRow(line, problems);
        }
        return graduate;
    }

    private String required(String column) {
        String value = line.value(column);
        if (value.isEmpty()) {
            problems.add(new RejectedRow.Problem(column, value, "import.value.required"));
        }
        return value;
    }

    private String optional(String column) {
        return line.value(column);
    }

    /** Names and numbers: normalised, and refused when typed in a legacy font. */
    private String text(String column, boolean required) {
        String value = required ? required(column) : optional(column);
        LegacyEncoding.detect(value).ifPresent(font ->
                problems.add(new RejectedRow.Problem(column, value, "import.value.legacy" + font)));
        return VietnameseText.normalize(value);
    }

    private LocalDate date(String column, boolean required) {
        String value = required ? required(column) : optional(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return value.contains("/") ? LocalDate.parse(value, VIETNAMESE_DATE) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(new RejectedRow.Problem(column, value, "import.value.date"));
            return null;
        }
    }

    private Sex sex() {
        String value = required(SEX);
        return switch (VietnameseText.fold(value)) {
            case "" -> null;
            case "nam" -> Sex.MALE;
            case "nu" -> Sex.FEMALE;
            default -> {
                problems.add(new RejectedRow.Problem(SEX, value, "import.value.sex"));
                yield null;
            }
        };
    }

    private LabourStatus labourStatus() {
        String value = required(LABOUR_STATUS);
        return switch (VietnameseText.fold(value)) {
            case "" -> null;
            case "co viec lam" -> LabourStatus.EMPLOYED;
            case "that nghiep" -> LabourStatus.UNEMPLOYED;
            case "khong tham gia", "khong tham gia luc luong lao dong" -> LabourStatus.OUTSIDE_LABOUR_FORCE;
            default -> {
                problems.add(new RejectedRow.Problem(LABOUR_STATUS, value, "import.value.labourStatus"));
                yield null;
            }
        };
    }
}
