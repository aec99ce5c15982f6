package vn.tuyenquang.workforce.training;

import vn.tuyenquang.workforce.system.Refusal;

/** A training request that cannot be carried out. */
public class TrainingException extends Refusal {

    TrainingException(String messageKey, String field) {
        super(messageKey, field);
    }
}
