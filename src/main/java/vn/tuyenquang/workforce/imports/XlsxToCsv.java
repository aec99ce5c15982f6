package vn.tuyenquang.workforce.imports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Turns the sheet of an XLSX workbook that holds the records into the CSV the import reads, streaming (a province-wide
 * sheet does not fit in memory as a workbook). Date cells become ISO dates whatever their display
 * format, so a date never depends on the locale of the computer that saved the file.
 */
final class XlsxToCsv {

    /**
     * The most a workbook's parts may expand to (a sheet of a million learners is about 1.3 GB of XML): a
     * "zip bomb" of a few megabytes that claims more is refused before anything is written.
     */
    static final long MAX_PART_BYTES = 1536L << 20;
    /** The most cells a sheet may hold: two million rows of fifteen columns. */
    static final long MAX_CELLS = 30_000_000L;

    static {
        // Should a part lie about its size, reading it stops at the same bound (a process-wide POI setting).
        org.apache.poi.openxml4j.util.ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
    }

    private XlsxToCsv() {
    }

    /** Refuses a workbook whose parts say they expand beyond {@link #MAX_PART_BYTES}, reading only its directory. */
    static void checkExpansion(Path xlsx) {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(xlsx.toFile())) {
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                if (entries.nextElement().getSize() > MAX_PART_BYTES) {
                    throw new ImportFileException("import.file.sheetTooLarge");
                }
            }
        } catch (IOException e) {
            throw new ImportFileException("import.file.notSpreadsheet");
        }
    }

    static boolean looksLikeXlsx(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(2);
            return start.length == 2 && start[0] == 'P' && start[1] == 'K';
        } catch (IOException e) {
            return false;
        }
    }

    /** How far down a sheet its header row is looked for (a title, a note, an empty line may stand above it). */
    static final int HEADER_WITHIN_ROWS = 20;

    /**
     * Writes to {@code csv} the sheet of {@code xlsx} that holds a header row with the columns of {@code kind} (the
     * first such sheet, within its first {@value #HEADER_WITHIN_ROWS} rows), from that row on: a workbook whose first
     * sheet is instructions, or whose header is under a title, is read where its records are.
     *
     * @throws ImportFileException naming the sheet and row read and the columns missing there, when no sheet has them
     */
    static void convert(Path xlsx, Path csv, ImportKind kind) {
        checkExpansion(xlsx);
        try (OPCPackage workbook = OPCPackage.open(xlsx.toFile(), PackageAccess.READ);
             BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            XSSFReader reader = new XSSFReader(workbook);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new ImportFileException("import.file.empty");
            }
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook);
            HeaderSearch closest = null;
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    CsvRows rows = new CsvRows(out, kind.requiredColumns());
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, rows,
                            new IsoDates(), false));
                    try {
                        parser.parse(new InputSource(sheet));
                    } catch (NoHeaderInSheet notHere) {
                        // the next sheet may be the one
                    }
                    if (rows.headerFound()) {
                        return;
                    }
                    HeaderSearch here = rows.closest(sheets.getSheetName());
                    if (closest == null || here.missing().size() < closest.missing().size()) {
                        closest = here;
                    }
                }
            }
            throw new ImportFileException("import.file.headerNotFound", closest.sheet(),
                    String.valueOf(closest.row()), String.join(", ", closest.missing()),
                    String.join(", ", kind.requiredColumns()));
        } catch (ImportFileException e) {
            throw e;
        } catch (Exception e) {
            throw new ImportFileException("import.file.notSpreadsheet");
        }
    }

    /** Where a sheet came closest to a header row: its name, the row (from 1) and the columns missing there. */
    private record HeaderSearch(String sheet, int row, List<String> missing) {
    }

    /** Stops reading a sheet that has no header row where one is looked for. */
    private static final class NoHeaderInSheet extends RuntimeException {

        NoHeaderInSheet() {
            super(null, null, false, false);
        }
    }

    /**
     * Collects each row's cells by column; from the header row on, writes each row as one CSV line. Rows above the
     * header are passed over.
     */
    private static final class CsvRows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final BufferedWriter out;
        private final List<String> required;
        private final List<String> cells = new ArrayList<>();
        private boolean header;
        private int closestRow = 1;
        private List<String> closestMissing;

        CsvRows(BufferedWriter out, List<String> required) {
            this.out = out;
            this.required = required;
            this.closestMissing = required;
        }

        boolean headerFound() {
            return header;
        }

        HeaderSearch closest(String sheet) {
            return new HeaderSearch(sheet, closestRow, closestMissing);
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        private long cellsRead;

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            if (++cellsRead > MAX_CELLS) {
                throw new ImportFileException("import.file.sheetTooLarge");
            }
            int column = new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
        }

        @Override
        public void endRow(int rowNum) {
            if (!header) {
                List<String> names = cells.stream().map(c -> c.strip().toLowerCase(java.util.Locale.ROOT)).toList();
                List<String> missing = required.stream().filter(c -> !names.contains(c)).toList();
                if (missing.size() < closestMissing.size()) {
                    closestMissing = missing;
                    closestRow = rowNum + 1;
                }
                header = missing.isEmpty();
                if (!header) {
                    if (rowNum + 1 >= HEADER_WITHIN_ROWS) {
                        throw new NoHeaderInSheet();
                    }
                    return;
                }
            }
            try {
                for (int i = 0; i < cells.size(); i++) {
                    if (i > 0) {
                        out.write(',');
                    }
                    out.write(quoted(cells.get(i)));
                }
                out.write('\n');
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        private static String quoted(String cell) {
            return cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")
                    ? '"' + cell.replace("\"", "\"\"") + '"'
                    : cell;
        }
    }

    /** Formats cells as displayed, except dates, which become ISO dates. */
    private static final class IsoDates extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDate date = DateUtil.getLocalDateTime(value).toLocalDate();
                return date.toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }
}
