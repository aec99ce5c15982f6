package vn.tuyenquang.workforce.people;

import vn.tuyenquang.workforce.system.Refusal;

/** A value that cannot be what it claims to be (a citizen ID, a phone number, a code). */
public class InvalidValueException extends Refusal {

    public InvalidValueException(String messageKey) {
        this(null, messageKey);
    }

    public InvalidValueException(String field, String messageKey) {
        super(messageKey, field);
    }

    /** The same refusal, naming the form or import field the value came from. */
    public InvalidValueException onField(String name) {
        return new InvalidValueException(name, messageKey());
    }
}
