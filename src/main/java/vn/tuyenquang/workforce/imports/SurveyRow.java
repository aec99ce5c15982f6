package vn.tuyenquang.workforce.imports;

import java.time.LocalDate;

import vn.tuyenquang.workforce.people.Person;

/**
 * One surveyed person, checked, on its way to being saved with its chunk: who they are, and the
 * qualification they declared with the year it was reached.
 */
record SurveyRow(Person person, String levelCode, String occupationCode, Integer yearsInTrade, LocalDate acquiredOn) {
}
