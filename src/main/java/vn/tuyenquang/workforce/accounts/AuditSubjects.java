package vn.tuyenquang.workforce.accounts;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Names the records of a module for the audit trail's sentences ("chứng chỉ HAN-2026-07 của học viên B. T. Dính"
 * rather than an internal id): each module that writes audit events offers the names of its own records, with a
 * person only ever by their masked name.
 */
public interface AuditSubjects {

    /** The record types (audit_event.record_type) this names. */
    Set<String> recordTypes();

    /** A name for each of these records of {@code recordType} that still exists, by record id. */
    Map<String, String> names(String recordType, Collection<String> recordIds);
}
