package vn.tuyenquang.workforce.people;

/** Where a person stands in the labour force; the indicators' denominator is counted from it. */
public enum LabourStatus {
    EMPLOYED,
    UNEMPLOYED,
    /** Not working and not looking for work (students, retired, homemakers…). */
    OUTSIDE_LABOUR_FORCE,
    /**
     * Working abroad under contract (Law 69/2020/QH14), from the day of departure until the return: recorded only by a
     * departure, never declared on a form or in a file; outside the province's labour force while abroad (the
     * statistics office's labour-force definition counts residents).
     */
    ABROAD;

    /** The statuses a form, a request or a file may declare: every one but {@link #ABROAD}. */
    public static final java.util.List<LabourStatus> DECLARABLE = java.util.List.of(EMPLOYED, UNEMPLOYED,
            OUTSIDE_LABOUR_FORCE);

    public boolean inLabourForce() {
        return this == EMPLOYED || this == UNEMPLOYED;
    }
}
