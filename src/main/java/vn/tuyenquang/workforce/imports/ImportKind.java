package vn.tuyenquang.workforce.imports;

import java.util.List;

/** What a file holds, and so which job imports it and who may follow it. */
public enum ImportKind {
    /** A training centre's learners, completions and certificates (batch/graduates). */
    GRADUATES("graduateImport", GraduateColumns.REQUIRED, "import.file.columns"),
    /** Per-person records of the communes' labour-supply survey (batch/labour-survey). */
    LABOUR_SURVEY("labourSurveyImport", SurveyColumns.REQUIRED, "import.survey.columns");

    private final String job;
    private final List<String> requiredColumns;
    private final String missingColumnsKey;

    ImportKind(String job, List<String> requiredColumns, String missingColumnsKey) {
        this.job = job;
        this.requiredColumns = requiredColumns;
        this.missingColumnsKey = missingColumnsKey;
    }

    /** The columns a file of this kind must have. */
    List<String> requiredColumns() {
        return requiredColumns;
    }

    /** The message refusing a file without them, naming the missing columns. */
    String missingColumnsKey() {
        return missingColumnsKey;
    }

    /** The name of the Spring Batch job that imports this kind of file. */
    String job() {
        return job;
    }
}
