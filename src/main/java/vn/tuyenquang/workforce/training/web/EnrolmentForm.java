package vn.tuyenquang.workforce.training.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import vn.tuyenquang.workforce.people.LabourStatus;
import vn.tuyenquang.workforce.people.NewPerson;
import vn.tuyenquang.workforce.people.Sex;

/** A centre enrols a learner: who they are, when they enrolled, and the programme that pays (none: blank). */
record EnrolmentForm(
        @NotBlank String citizenId,
        @NotBlank @Size(max = 120) String fullName,
        @NotNull @Past @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
        @NotNull Sex sex,
        String ethnicCode,
        @NotBlank String communeCode,
        String phone,
        @NotNull LabourStatus labourStatus,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate enrolledOn,
        String programmeCode) {

    static EnrolmentForm empty(LocalDate today) {
        return new EnrolmentForm("", "", null, null, "", "", "", LabourStatus.UNEMPLOYED, today, "");
    }

    NewPerson person() {
        return new NewPerson(citizenId, fullName, birthDate, sex, ethnicCode, communeCode, phone, labourStatus);
    }
}
