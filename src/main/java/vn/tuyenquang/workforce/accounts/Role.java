package vn.tuyenquang.workforce.accounts;

/** What a signed-in person may do, and over which part of the province. */
public enum Role {
    /** Manages accounts and sees everything. */
    ADMIN,
    /** The provincial labour department: the whole province. */
    DEPARTMENT,
    /** A commune officer (cán bộ xã, phường): one commune's register and figures. */
    COMMUNE_OFFICER,
    /** Staff of one training centre (cơ sở giáo dục nghề nghiệp). */
    CENTRE_STAFF,
    /** One employer in an industrial park or cluster. */
    EMPLOYER;

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Whether an account of this role must be tied to one commune. */
    public boolean isCommuneScoped() {
        return this == COMMUNE_OFFICER;
    }

    /** Whether an account of this role must be tied to one training centre. */
    public boolean isCentreScoped() {
        return this == CENTRE_STAFF;
    }

    /** Whether an account of this role must be tied to one employer. */
    public boolean isEmployerScoped() {
        return this == EMPLOYER;
    }

    /** Whether this role sees the whole province's records. */
    public boolean isProvinceWide() {
        return this == ADMIN || this == DEPARTMENT;
    }
}
