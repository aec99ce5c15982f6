package vn.tuyenquang.workforce.abroad;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.system.Refusal;
import vn.tuyenquang.workforce.system.SmallCsvFiles;

/**
 * The departures file (batch/work-abroad/README.md): CSV in UTF-8, comma- or semicolon-separated, with a header naming
 * the columns. Each record is recorded on its own ({@link Departures#record}, its own transaction) and gets one
 * outcome: created, updated (a return day added), unchanged (recorded already: loading a file again changes nothing),
 * or refused with every reason, each beside its column; a refused record never keeps the others from being saved.
 * Read with Apache Commons CSV. A file this size (a province's departures of a year are hundreds) is read at once; a
 * load cut off midway is loaded again whole, and the records already saved come back unchanged.
 */
@Service
public class DeparturesFile {

    static final String CITIZEN_ID = "so_dinh_danh";
    static final String COUNTRY = "ma_quoc_gia";
    static final String OCCUPATION = "ma_nghe";
    static final String SENT_BY = "don_vi_dua_di";
    static final String DEPARTED_ON = "ngay_xuat_canh";
    static final String MONTHS = "thoi_han_hop_dong_thang";
    static final String RETURNED_ON = "ngay_ve";
    static final List<String> COLUMNS = List.of(CITIZEN_ID, COUNTRY, OCCUPATION, SENT_BY, DEPARTED_ON, MONTHS, RETURNED_ON);
    static final List<String> REQUIRED = COLUMNS.subList(0, 6);
    private static final Map<String, String> FIELDS = Map.of("citizenId", CITIZEN_ID, "countryCode", COUNTRY,
            "occupationCode", OCCUPATION, "sentBy", SENT_BY, "departedOn", DEPARTED_ON, "contractMonths", MONTHS,
            "returnedOn", RETURNED_ON);
    static final int MOST_RECORDS = 20_000;
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT), DateTimeFormatter.ISO_LOCAL_DATE);

    /** One mistake of a record: the column and the message key of the reason. */
    public record Problem(String column, String messageKey) {
    }

    /** One record's outcome: its row (the header is row 1), what was done, or why it was refused. */
    public record Row(long row, Departures.Saved saved, List<Problem> problems) {

        public boolean refused() {
            return saved == null;
        }
    }

    private final Departures departures;

    DeparturesFile(Departures departures) {
        this.departures = departures;
    }

    /**
     * Reads and records the file, record by record, as {@code user} (a commune officer records their commune's people).
     *
     * @throws Refusal when the file cannot be read as a departures file at all, naming why
     */
    public List<Row> load(CurrentUser user, InputStream file) {
        return SmallCsvFiles.rows(file, 20_000_000, REQUIRED, MOST_RECORDS, "departures.file",
                key -> new DepartureException(key, null), record -> row(user, record));
    }

    private Row row(CurrentUser user, CSVRecord record) {
        long row = record.getRecordNumber() + 1;
        Map<String, Problem> problems = new TreeMap<>((a, b) -> COLUMNS.indexOf(a) - COLUMNS.indexOf(b));
        LocalDate departed = date(record, DEPARTED_ON, true, problems);
        LocalDate returned = date(record, RETURNED_ON, false, problems);
        Integer months = null;
        String monthsText = value(record, MONTHS);
        if (monthsText.isEmpty()) {
            problems.put(MONTHS, new Problem(MONTHS, "import.value.required"));
        } else if (monthsText.matches("\\d{1,3}")) {
            months = Integer.valueOf(monthsText);
        } else {
            problems.put(MONTHS, new Problem(MONTHS, "departure.contractMonths.range"));
        }
        for (String required : List.of(CITIZEN_ID, COUNTRY, OCCUPATION, SENT_BY)) {
            if (value(record, required).isEmpty()) {
                problems.put(required, new Problem(required, "import.value.required"));
            }
        }
        DepartureForm form = new DepartureForm(value(record, CITIZEN_ID), value(record, COUNTRY), value(record, OCCUPATION),
                value(record, SENT_BY), departed, months, returned);
        try {
            departures.check(user, form);
        } catch (Refusal refused) {
            refused.all().forEach(r -> problems.putIfAbsent(FIELDS.get(r.field()),
                    new Problem(FIELDS.get(r.field()), r.messageKey())));
        }
        if (!problems.isEmpty()) {
            return new Row(row, null, List.copyOf(problems.values()));
        }
        try {
            return new Row(row, departures.record(user, form).saved(), List.of());
        } catch (Refusal refused) {
            return new Row(row, null, refused.all().stream()
                    .map(r -> new Problem(FIELDS.getOrDefault(r.field(), CITIZEN_ID), r.messageKey())).toList());
        }
    }

    private static LocalDate date(CSVRecord record, String column, boolean required, Map<String, Problem> problems) {
        String text = value(record, column);
        if (text.isEmpty()) {
            if (required) {
                problems.put(column, new Problem(column, "import.value.required"));
            }
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException notThisFormat) {
                // the next format
            }
        }
        problems.put(column, new Problem(column, "import.value.date"));
        return null;
    }

    private static String value(CSVRecord record, String column) {
        return record.isSet(column) ? record.get(column).strip() : "";
    }
}
