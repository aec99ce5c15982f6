package vn.tuyenquang.workforce.parks;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import vn.tuyenquang.workforce.system.Refusal;
import vn.tuyenquang.workforce.system.SmallCsvFiles;

/**
 * The parks file (batch/industrial-parks/README.md): CSV in UTF-8, comma- or semicolon-separated, a header naming the
 * columns {@code ma_khu}, {@code ten_khu}, {@code loai} (KCN or CCN) and {@code ma_xa}. Each record is saved on its own
 * ({@link IndustrialParks#save}) and gets one outcome: created, updated, unchanged, or refused with every reason, each
 * beside its column; a refused record never keeps the others from being saved. Read with Apache Commons CSV (RFC 4180:
 * quoted cells may hold commas and line breaks).
 */
@Service
public class ParksFile {

    static final String CODE = "ma_khu";
    static final String NAME = "ten_khu";
    static final String KIND = "loai";
    static final String COMMUNE = "ma_xa";
    static final List<String> COLUMNS = List.of(CODE, NAME, KIND, COMMUNE);
    /** The form's fields by the file's columns. */
    private static final Map<String, String> FIELDS = Map.of("code", CODE, "name", NAME, "kind", KIND,
            "communeCode", COMMUNE);
    /** A parks file is short: a province has tens of parks and clusters. */
    static final int MOST_RECORDS = 5_000;

    /** One mistake of a record: the column and the message key of the reason. */
    public record Problem(String column, String messageKey) {
    }

    /** One record's outcome: its row (the header is row 1), code as written, what was done, or why it was refused. */
    public record Row(long row, String code, IndustrialParks.Saved saved, List<Problem> problems) {

        public boolean refused() {
            return saved == null;
        }
    }

    private final IndustrialParks parks;
    private final Validator validator;

    ParksFile(IndustrialParks parks, Validator validator) {
        this.parks = parks;
        this.validator = validator;
    }

    /**
     * Reads and saves the file, record by record.
     *
     * @throws ParkException when the file cannot be read as a parks file at all (not UTF-8, a column missing, no
     *                       record, too many records), naming why
     */
    public List<Row> load(InputStream file) {
        return SmallCsvFiles.rows(file, 2_000_000, COLUMNS, MOST_RECORDS, "parks.file",
                key -> new ParkException(key, null), this::row);
    }

    /** One record checked whole (the form's rules, then the list's), saved when nothing is wrong. */
    private Row row(CSVRecord record) {
        long row = record.getRecordNumber() + 1;
        String kindText = value(record, KIND).toUpperCase(java.util.Locale.ROOT);
        IndustrialPark.Kind kind = kindText.equals("KCN") || kindText.equals("CCN") ? IndustrialPark.Kind.valueOf(kindText)
                : null;
        ParkForm form = new ParkForm(value(record, CODE), value(record, NAME), kind, value(record, COMMUNE));
        Map<String, Problem> problems = new TreeMap<>((a, b) -> COLUMNS.indexOf(a) - COLUMNS.indexOf(b));
        if (kind == null) {
            problems.put(KIND, new Problem(KIND, kindText.isEmpty() ? "import.value.required" : "parks.file.kind"));
        }
        for (ConstraintViolation<ParkForm> violation : validator.validate(form)) {
            String column = FIELDS.get(violation.getPropertyPath().toString());
            problems.putIfAbsent(column, new Problem(column, key(violation.getMessageTemplate())));
        }
        try {
            parks.check(false, form);
        } catch (Refusal refused) {
            refused.all().forEach(r -> problems.putIfAbsent(FIELDS.get(r.field()), new Problem(FIELDS.get(r.field()),
                    r.messageKey())));
        }
        if (!problems.isEmpty()) {
            return new Row(row, form.code(), null, List.copyOf(problems.values()));
        }
        return new Row(row, form.code(), parks.save(form), List.of());
    }

    /** A constraint's message key: {@code {park.code.invalid}} gives park.code.invalid, a standard one "required". */
    private static String key(String template) {
        if (template.startsWith("{jakarta.validation.constraints.NotBlank") || template.startsWith("{jakarta.validation.constraints.NotNull")) {
            return "import.value.required";
        }
        return template.substring(1, template.length() - 1);
    }

    private static String value(CSVRecord record, String column) {
        return record.isSet(column) ? record.get(column).strip() : "";
    }
}
