package vn.tuyenquang.workforce.imports;

import static vn.tuyenquang.workforce.imports.PersonColumns.*;
import static vn.tuyenquang.workforce.imports.SurveyColumns.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import vn.tuyenquang.workforce.people.NewPerson;
import vn.tuyenquang.workforce.people.Person;
import vn.tuyenquang.workforce.people.PersonRegister;
import vn.tuyenquang.workforce.reference.QualificationLevel;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;
import vn.tuyenquang.workforce.text.VietnameseText;

/**
 * Turns a survey line into a checked {@link SurveyRow}, or a {@link RejectedRow} naming every column that
 * cannot be read and every rule of the register the person breaks, all at once.
 */
final class SurveyLineParser {

    private final PersonRegister register;
    private final ReferenceCatalog reference;
    private final int surveyYear;
    /** Qualification levels by code and by accent-folded Vietnamese name. */
    private final Map<String, String> levels;

    SurveyLineParser(PersonRegister register, ReferenceCatalog reference, int surveyYear) {
        this.register = register;
        this.reference = reference;
        this.surveyYear = surveyYear;
        List<QualificationLevel> all = reference.qualificationLevels();
        this.levels = new java.util.HashMap<>(all.stream().collect(Collectors.toMap(l -> l.code().toLowerCase(),
                QualificationLevel::code)));
        all.forEach(l -> levels.put(VietnameseText.fold(l.nameVi()), l.code()));
    }

    ImportedRow<SurveyRow> parse(ImportLine line) {
        LineReader read = new LineReader(line);
        NewPerson person = new NewPerson(read.required(CITIZEN_ID), read.text(FULL_NAME, true),
                read.date(BIRTH_DATE, true), read.sex(SEX), read.optional(ETHNIC), read.required(COMMUNE), null,
                read.labourStatus(LABOUR_STATUS));
        String level = level(read);
        String occupation = occupation(read);
        Integer years = read.number(YEARS_IN_TRADE, 0, 70);
        Integer attained = read.number(ATTAINED, 1950, surveyYear);
        Person checked = read.check(() -> register.validate(person), SurveyColumns::ofField);
        read.done();
        LocalDate acquiredOn = LocalDate.of(Optional.ofNullable(attained).orElse(surveyYear), 1, 1);
        return new ImportedRow<>(line, new SurveyRow(checked, level, occupation, years, acquiredOn));
    }

    private String level(LineReader read) {
        String value = read.required(LEVEL);
        if (value.isEmpty()) {
            return null;
        }
        String code = levels.get(value.toLowerCase());
        if (code == null) {
            code = levels.get(VietnameseText.fold(value));
        }
        if (code == null) {
            read.problem(LEVEL, value, "import.value.level");
        }
        return code;
    }

    private String occupation(LineReader read) {
        String value = read.optional(OCCUPATION);
        if (value.isEmpty()) {
            return null;
        }
        if (reference.occupation(value).filter(o -> o.level() == 4 && o.vsco()).isEmpty()) {
            read.problem(OCCUPATION, value, "import.value.occupation");
            return null;
        }
        return value;
    }
}
