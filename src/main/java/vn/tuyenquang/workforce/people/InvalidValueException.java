package vn.tuyenquang.workforce.people;

/** A value that cannot be what it claims to be; carries the message key that says why, in the user's language. */
public class InvalidValueException extends IllegalArgumentException {

    private final String field;
    private final String messageKey;

    public InvalidValueException(String messageKey) {
        this(null, messageKey);
    }

    public InvalidValueException(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    /** The same refusal, naming the form or import field the value came from. */
    public InvalidValueException onField(String name) {
        return new InvalidValueException(name, messageKey);
    }

    /** The form or import field at fault, where known. */
    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
