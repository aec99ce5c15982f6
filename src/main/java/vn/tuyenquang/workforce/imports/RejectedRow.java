package vn.tuyenquang.workforce.imports;

import java.util.List;

/**
 * A row that cannot be imported, with every problem found in it in the order the report shows them (the file's
 * columns). The step skips it and goes on.
 */
class RejectedRow extends RuntimeException {

    /** One problem: the column, the value found there, and the message key of the reason. */
    record Problem(String column, String value, String reasonKey) {
    }

    private final ImportLine line;
    private final List<Problem> problems;

    RejectedRow(ImportLine line, List<Problem> problems) {
        super("row " + line.rowNumber() + " rejected", null, false, false);
        this.line = line;
        // One reason a column (the report keeps one): the first found, which is the one to fix first.
        java.util.Map<String, Problem> byColumn = new java.util.LinkedHashMap<>();
        problems.forEach(problem -> byColumn.putIfAbsent(problem.column(), problem));
        this.problems = List.copyOf(byColumn.values());
    }

    ImportLine line() {
        return line;
    }

    List<Problem> problems() {
        return problems;
    }
}
