package vn.tuyenquang.workforce.programmes;

import vn.tuyenquang.workforce.system.Refusal;

/** A programme, or an enrolment's programme, refused for a reason the person can put right. */
class ProgrammeException extends Refusal {

    ProgrammeException(String messageKey, String field) {
        super(messageKey, field);
    }
}
