package vn.tuyenquang.workforce.imports;

/**
 * A record of an import's file that passed its own checks, on its way to being written with its chunk: the
 * line it came from travels with it. It is its file's row: Spring Batch keys its retry and skip bookkeeping
 * on items, and a row processed again after a rollback must be the same key (its person gets a new id each
 * time), so equality is the line's.
 */
record ImportedRow<T>(ImportLine line, T value) {

    @Override
    public boolean equals(Object other) {
        return other instanceof ImportedRow<?> row && row.line().equals(line);
    }

    @Override
    public int hashCode() {
        return line.hashCode();
    }
}
