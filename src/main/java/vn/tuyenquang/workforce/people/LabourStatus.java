package vn.tuyenquang.workforce.people;

/** Where a person stands in the labour force; the indicators' denominator is counted from it. */
public enum LabourStatus {
    EMPLOYED,
    UNEMPLOYED,
    /** Not working and not looking for work (students, retired, homemakers…). */
    OUTSIDE_LABOUR_FORCE;

    public boolean inLabourForce() {
        return this != OUTSIDE_LABOUR_FORCE;
    }
}
