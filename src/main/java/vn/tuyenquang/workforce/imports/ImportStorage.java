package vn.tuyenquang.workforce.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Uploaded files, stored under their import's id. They hold personal data: the folder is not served, and
 * on a POSIX file system only the application's own account may open it (folder 0700, files 0600). Each
 * upload's SHA-256 is taken as it is received, so the file kept as evidence can be shown to be the one sent.
 */
class ImportStorage {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private final Path directory;

    ImportStorage(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    /** A stored upload, as CSV, its layout, and the SHA-256 of the file as uploaded. */
    record Received(Path file, CsvLayout layout, String sha256) {
    }

    /**
     * Stores an upload as CSV (a workbook is streamed to CSV first) and checks its header.
     *
     * @throws ImportFileException when the file is not a CSV or XLSX file with the kind's columns; nothing is kept
     */
    Received receive(UUID importId, InputStream content, ImportKind kind) {
        MessageDigest sha256 = sha256();
        Path file = store(importId, new DigestInputStream(content, sha256));
        Path workbook = file.resolveSibling(importId + ".xlsx");
        try {
            if (XlsxToCsv.looksLikeXlsx(file)) {
                rename(file, workbook.getFileName().toString());
                XlsxToCsv.convert(workbook, file, kind);
                ownerOnly(file);
                delete(workbook);
            }
            return new Received(file, CsvLayout.read(file, kind), HexFormat.of().formatHex(sha256.digest()));
        } catch (ImportFileException e) {
            delete(file);
            delete(workbook);
            throw e;
        }
    }

    Path store(UUID importId, InputStream content) {
        try {
            Files.createDirectories(directory);
            ownerOnly(directory);
            Path file = directory.resolve(importId + ".csv");
            Files.copy(content, file);
            ownerOnly(file);
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

    private static void ownerOnly(Path path) {
        if (POSIX) {
            try {
                Files.setPosixFilePermissions(path,
                        PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwx------" : "rw-------"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A fresh SHA-256 digest (every Java platform has one). */
    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
