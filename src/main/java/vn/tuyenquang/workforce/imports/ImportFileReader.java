package vn.tuyenquang.workforce.imports;

import java.nio.file.Path;
import java.util.Arrays;

import org.springframework.batch.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads a stored import file record by record ({@link CsvRecords}). Spring Batch saves the count of records
 * read with each committed chunk, so a resumed import skips exactly the records already done.
 */
class ImportFileReader extends AbstractItemCountingItemStreamItemReader<ImportLine> {

    private final Path file;
    private final char delimiter;
    private final java.util.List<String> columns;
    private final java.util.UUID importId;
    private CsvRecords records;

    ImportFileReader(String name, String file, String delimiter, String columns, String importId) {
        setName(name);
        this.importId = java.util.UUID.fromString(importId);
        this.file = Path.of(file);
        this.delimiter = delimiter.charAt(0);
        this.columns = Arrays.asList(columns.split(",", -1));
    }

    /** Reads only the records from {@code from} (inclusive) to {@code to} (exclusive), counted from 0. */
    ImportFileReader range(Integer from, Integer to) {
        if (from != null && to != null) {
            setCurrentItemCount(from);
            setMaxItemCount(to);
        }
        return this;
    }

    @Override
    protected void doOpen() {
        records = CsvRecords.open(file, delimiter, columns);
    }

    @Override
    protected ImportLine doRead() {
        return records.hasNext() ? records.next().of(importId) : null;
    }

    /**
     * Skips the records before {@code itemIndex} by reading them from the file. (The inherited skip counts
     * them against the range's end as well, so a range resumed past its first record started too early.)
     */
    @Override
    protected void jumpToItem(int itemIndex) {
        for (int i = 0; i < itemIndex && records.hasNext(); i++) {
            records.next();
        }
    }

    @Override
    protected void doClose() {
        if (records != null) {
            records.close();
            records = null;
        }
    }
}
