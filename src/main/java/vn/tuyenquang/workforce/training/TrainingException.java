package vn.tuyenquang.workforce.training;

/** A training request that cannot be carried out; the message key says why, the field where. */
public class TrainingException extends RuntimeException {

    private final String messageKey;
    private final String field;

    TrainingException(String messageKey, String field) {
        super(messageKey);
        this.messageKey = messageKey;
        this.field = field;
    }

    public String messageKey() {
        return messageKey;
    }

    public String field() {
        return field;
    }
}
