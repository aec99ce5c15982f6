package vn.tuyenquang.workforce.digital;

import vn.tuyenquang.workforce.system.Refusal;

/** A digital-skills request refused for a reason the person can put right. */
class DigitalException extends Refusal {

    DigitalException(String messageKey, String field) {
        super(messageKey, field);
    }
}
