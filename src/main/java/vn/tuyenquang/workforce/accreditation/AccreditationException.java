package vn.tuyenquang.workforce.accreditation;

import vn.tuyenquang.workforce.system.Refusal;

/** An accreditation decision refused for a reason the person can put right. */
class AccreditationException extends Refusal {

    AccreditationException(String messageKey, String field) {
        super(messageKey, field);
    }
}
