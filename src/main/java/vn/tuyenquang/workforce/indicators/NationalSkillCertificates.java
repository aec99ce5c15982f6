package vn.tuyenquang.workforce.indicators;

/**
 * How a national occupational skills certificate (chứng chỉ kỹ năng nghề quốc gia, issued after a national skills
 * assessment under Luật Việc làm 2013) counts. The definitions disagree in practice, so it is a setting, stated on
 * every figure; each choice's text on the page names its source (reference/qualification-levels.csv and SOURCES.md).
 */
public enum NationalSkillCertificates {
    /** Not at all: it is not a training qualification (Nghị định 97/2016/NĐ-CP group 1 needs ≥ 3 months of training). */
    NOT_COUNTED,
    /**
     * As trained when its holder has at least 3 years in the trade: the certificate evidences the skill of Nghị định
     * 97/2016/NĐ-CP group 2, whose 3-year condition still applies. The default.
     */
    TRAINED_AFTER_THREE_YEARS,
    /** As trained, whatever the years in the trade: the 2020 MOLISA draft circular lists holders as trained. */
    TRAINED,
    /** As trained and as holding a certificate: the certificate itself, under Luật Việc làm 2013. */
    CERTIFIED
}
