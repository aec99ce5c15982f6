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
