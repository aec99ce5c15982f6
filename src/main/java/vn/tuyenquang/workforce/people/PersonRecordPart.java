package vn.tuyenquang.workforce.people;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A part of a person's record that another module keeps (their training and certificates, the employers who asked to
 * contact them, their hires): the register shows every part on the person's page and puts it in the export of
 * everything held about them, without knowing the modules that keep them. Ordered by {@code @Order}.
 */
public interface PersonRecordPart {

    /** The part's sections about the person, in the reader's language; each shown even when it holds no row. */
    List<RecordSection> about(UUID personId, Locale locale);
}
