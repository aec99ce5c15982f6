package vn.tuyenquang.workforce.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/** Uploaded files, stored under their import's id. They hold personal data: the folder is not served. */
class ImportStorage {

    private final Path directory;

    ImportStorage(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    /** A stored upload, as CSV, and its layout. */
    record Received(Path file, CsvLayout layout) {
    }

    /**
     * Stores an upload as CSV (a workbook is streamed to CSV first) and checks its header.
     *
     * @throws ImportFileException when the file is not a CSV or XLSX file with the kind's columns; nothing is kept
     */
    Received receive(UUID importId, InputStream content, ImportKind kind) {
        Path file = store(importId, content);
        Path workbook = file.resolveSibling(importId + ".xlsx");
        try {
            if (XlsxToCsv.looksLikeXlsx(file)) {
                rename(file, workbook.getFileName().toString());
                XlsxToCsv.convert(workbook, file);
                delete(workbook);
            }
            return new Received(file, CsvLayout.read(file, kind));
        } catch (ImportFileException e) {
            delete(file);
            delete(workbook);
            throw e;
        }
    }

    Path store(UUID importId, InputStream content) {
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve(importId + ".csv");
            Files.copy(content, file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("The upload could not be stored in " + directory, e);
        }
    }

    Path rename(Path file, String newName) {
        try {
            return Files.move(file, file.resolveSibling(newName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
