package vn.tuyenquang.workforce.people;

import java.util.UUID;

/** What a labour-supply survey found about a person now: where they live and their labour status. */
public record SurveyedStatus(UUID personId, String communeCode, LabourStatus labourStatus) {
}
