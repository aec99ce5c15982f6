package vn.tuyenquang.workforce.imports;

import java.util.List;

/** A row that cannot be imported, with every problem found in it. The step skips it and goes on. */
class RejectedRow extends RuntimeException {

    /** One problem: the column, the value found there, and the message key of the reason. */
    record Problem(String column, String value, String reasonKey) {
    }

    private final ImportLine line;
    private final List<Problem> problems;

    RejectedRow(ImportLine line, List<Problem> problems) {
        super("row " + line.rowNumber() + " rejected", null, false, false);
        this.line = line;
        this.problems = List.copyOf(problems);
    }

    ImportLine line() {
        return line;
    }

    List<Problem> problems() {
        return problems;
    }
}
