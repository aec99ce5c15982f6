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

    public InvalidValueException(String field, String messageKey, Object... arguments) {
        super(messageKey, field, arguments);
    }

    private InvalidValueException(InvalidValueException first, java.util.List<InvalidValueException> all) {
        super(first.messageKey(), first.field(), all);
    }

    /**
     * {@link Refusal#throwIfAny} keeping the type, which the imports catch to report each value at fault in its column.
     */
    public static void throwIfAnyInvalid(java.util.List<InvalidValueException> found) {
        if (!found.isEmpty()) {
            throw found.size() == 1 ? found.get(0) : new InvalidValueException(found.get(0), found);
        }
    }

    /** This value refused and every other found with it, this one first. */
    public java.util.List<InvalidValueException> every() {
        // all() holds this one, or those throwIfAnyInvalid was given: each an InvalidValueException.
        return all().stream().map(InvalidValueException.class::cast).toList();
    }

    /** The same refusal, naming the form or import field the value came from. */
    public InvalidValueException onField(String name) {
        return new InvalidValueException(name, messageKey(), arguments());
    }
}
