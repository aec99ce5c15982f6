package vn.tuyenquang.workforce.imports;

import static vn.tuyenquang.workforce.imports.GraduateColumns.*;
import static vn.tuyenquang.workforce.imports.PersonColumns.*;

import java.util.Map;

import vn.tuyenquang.workforce.people.NewPerson;
import vn.tuyenquang.workforce.training.Course;
import vn.tuyenquang.workforce.training.Graduate;
import vn.tuyenquang.workforce.training.GraduateRecords;

/**
 * Turns a line's text into a checked graduate, or a {@link RejectedRow} listing every column at fault: text that
 * cannot be read (missing values, dates that do not exist, unknown words, legacy-font text), then every value the
 * register and the centre's courses refuse (a citizen ID that cannot be, an unknown commune or course, completion
 * before enrolment), all from one reading.
 */
final class GraduateLineParser {

    private GraduateLineParser() {
    }

    static GraduateRecords.Checked parse(ImportLine line, GraduateRecords records, Map<String, Course> courses) {
        LineReader read = new LineReader(line);
        NewPerson person = new NewPerson(read.required(CITIZEN_ID), read.text(FULL_NAME, true),
                read.date(BIRTH_DATE, true), read.sex(SEX), read.optional(ETHNIC), read.required(COMMUNE),
                read.optional(PHONE), read.labourStatus(LABOUR_STATUS));
        Graduate graduate = new Graduate(person, read.required(COURSE), read.date(ENROLLED_ON, true),
                read.date(COMPLETED_ON, false), read.text(CERTIFICATE, false), read.date(ISSUED_ON, false),
                read.optional(PROGRAMME));
        GraduateRecords.Checked checked = read.check(() -> records.check(courses, graduate), GraduateColumns::ofField);
        read.done();
        return checked;
    }
}
