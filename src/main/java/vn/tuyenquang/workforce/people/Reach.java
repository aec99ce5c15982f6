package vn.tuyenquang.workforce.people;

/**
 * How much of a person's record a user may see. The department, administrators and the commune officer
 * of the person's commune see all of it; staff whom another module lets open the record (a training centre
 * its learners) see the person's identity alone: name, citizen ID, birth date and sex, which they had to
 * submit themselves to enrol the learner (and which the register checked against its own). The rest of
 * the record (phone, ethnic group, residence, labour status, qualifications from other sources, consent)
 * may have come from elsewhere, and is withheld from them (data minimisation, Decree 13/2023/NĐ-CP).
 */
public enum Reach {
    WHOLE,
    IDENTITY
}
