package vn.tuyenquang.workforce.imports;

import vn.tuyenquang.workforce.system.Refusal;

/**
 * A file that is not a file of this kind at all: refused at upload, with one message (its key, and its
 * arguments, such as the missing columns). An unknown import is refused the
 * same way, and its key ending in {@code .notFound} makes it a 404.
 */
public class ImportFileException extends Refusal {

    ImportFileException(String messageKey) {
        super(messageKey, null);
    }

    /** {@code arguments}: what the message names ({0}, {1} …), the missing columns say. */
    ImportFileException(String messageKey, String... arguments) {
        super(messageKey, null, arguments);
    }

    /** The first of the message's arguments (the missing columns, say), or nothing. */
    public String detail() {
        Object[] arguments = arguments();
        return arguments.length == 0 ? "" : String.valueOf(arguments[0]);
    }
}
