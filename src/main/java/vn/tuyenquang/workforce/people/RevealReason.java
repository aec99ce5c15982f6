package vn.tuyenquang.workforce.people;

/**
 * Why a member of staff asked to see a person's phone number: chosen from this short list before it is shown, and kept
 * with the showing in the audit trail (Decree 13/2023/NĐ-CP asks personal data be used for a stated purpose).
 */
public enum RevealReason {
    /** To call the person about a job, a contact request or a hire. */
    JOB_CONTACT,
    /** To check the record with the person (identity, status, commune). */
    RECORD_CHECK,
    /** To follow up the person's training or employment after a course. */
    TRAINING_FOLLOW_UP,
    /** The person asked for their own data. */
    PERSON_ASKED
}
