package vn.tuyenquang.workforce.imports;

import java.time.Instant;
import java.util.UUID;

/**
 * One uploaded file and the Spring Batch job execution that imports it: a centre's graduates file
 * ({@code centreId} set) or a labour-supply survey ({@code surveyYear} set). The stored file is evidence,
 * with its SHA-256, until its retention ends ({@code fileDeletedAt}).
 *
 * @param dataRows the file's data records (a record may span lines)
 */
public record ImportRun(UUID id, ImportKind kind, UUID centreId, Integer surveyYear, String fileName, String storedPath,
                        int dataRows, String fileSha256, String uploadedBy, Instant uploadedAt, Long jobExecutionId,
                        Instant finishedAt, Instant fileDeletedAt) {

    /** A file just received, not started yet. */
    static ImportRun received(UUID id, ImportKind kind, UUID centreId, Integer surveyYear, String fileName,
                              ImportStorage.Received file, String uploadedBy, Instant at) {
        return new ImportRun(id, kind, centreId, surveyYear, ImportRuns.baseName(fileName), file.file().toString(),
                file.layout().dataRows(), file.sha256(), uploadedBy, at, null, null, null);
    }

    /** When the stored file is deleted, or was: the retention period after the import ended. */
    Instant fileKeptUntil(java.time.Duration retention) {
        return fileDeletedAt != null ? fileDeletedAt : finishedAt == null ? null : finishedAt.plus(retention);
    }
}
