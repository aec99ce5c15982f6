package vn.tuyenquang.workforce.indicators;

/** Whom a rate is a share of: every figure says which. */
public enum Denominator {
    /** The labour force aged 15 and over: employed plus unemployed (the resolution's denominator). */
    LABOUR_FORCE,
    /** The employed population aged 15 and over, as some reports use. */
    EMPLOYED
}
