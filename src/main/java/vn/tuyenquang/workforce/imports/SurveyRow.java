package vn.tuyenquang.workforce.imports;

import java.time.LocalDate;

import vn.tuyenquang.workforce.people.Person;

/**
 * One surveyed person, checked, on its way to being saved with its chunk: who they are, and the
 * qualification they declared with the year it was reached.
 */
record SurveyRow(ImportLine line, Person person, String levelCode, String occupationCode, Integer yearsInTrade,
                 LocalDate acquiredOn) implements ImportedRow {

    /**
     * An item is its file's row: Spring Batch keys its retry and skip bookkeeping on items, and an item
     * processed again after a rollback must be the same key (its person gets a new id each time).
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof SurveyRow row && row.line().equals(line());
    }

    @Override
    public int hashCode() {
        return line().hashCode();
    }
}
