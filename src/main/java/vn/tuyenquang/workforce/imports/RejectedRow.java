package vn.tuyenquang.workforce.imports;

import java.util.List;
import java.util.function.UnaryOperator;

import vn.tuyenquang.workforce.system.Refusal;

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

    /** The row refused for every value at fault ({@code refused} and those found with it), each in its file column. */
    static RejectedRow of(ImportLine line, Refusal refused, UnaryOperator<String> columnOfField) {
        return new RejectedRow(line, refused.all().stream().map(problem -> {
            String column = columnOfField.apply(problem.field());
            return new Problem(column, line.value(column), problem.messageKey());
        }).toList());
    }

    ImportLine line() {
        return line;
    }

    List<Problem> problems() {
        return problems;
    }
}
