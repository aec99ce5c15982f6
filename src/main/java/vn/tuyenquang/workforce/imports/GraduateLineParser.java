package vn.tuyenquang.workforce.imports;

import static vn.tuyenquang.workforce.imports.GraduateColumns.*;
import static vn.tuyenquang.workforce.imports.PersonColumns.*;

import vn.tuyenquang.workforce.people.NewPerson;
import vn.tuyenquang.workforce.training.Graduate;

/**
 * Turns a line's text into a {@link Graduate}, or a {@link RejectedRow} listing every column whose text
 * cannot be read: missing values, dates that do not exist, unknown words, legacy-font text.
 */
final class GraduateLineParser {

    private GraduateLineParser() {
    }

    static Graduate parse(ImportLine line) {
        LineReader read = new LineReader(line);
        NewPerson person = new NewPerson(read.required(CITIZEN_ID), read.text(FULL_NAME, true),
                read.date(BIRTH_DATE, true), read.sex(SEX), read.optional(ETHNIC), read.required(COMMUNE),
                read.optional(PHONE), read.labourStatus(LABOUR_STATUS));
        Graduate graduate = new Graduate(person, read.required(COURSE), read.date(ENROLLED_ON, true),
                read.date(COMPLETED_ON, false), read.text(CERTIFICATE, false), read.date(ISSUED_ON, false));
        read.done();
        return graduate;
    }
}
