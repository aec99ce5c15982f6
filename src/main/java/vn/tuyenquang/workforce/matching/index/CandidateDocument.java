package vn.tuyenquang.workforce.matching.index;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A candidate as the {@code candidates} index holds them (index-config/candidates-v1.json): only a person
 * who consented to be found, and never their citizen ID, phone, address or ethnic group. The name is
 * masked ("N. V. An") until the candidate agrees to be contacted. Dates are ISO text, as the mapping reads
 * them, so the Elasticsearch client's own JSON mapper needs no date support.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CandidateDocument(String personId, String maskedName, String sex, int birthYear, String ageBand,
                         String communeCode, GeoPoint location, boolean availableForWork, String highestLevel,
                         Integer highestLevelOrdinal, List<Qualification> qualifications, String skills,
                         String skillsFolded, Integer experienceYears, String lastTrainedOn, String updatedAt) {

    public record GeoPoint(double lat, double lon) {
    }

    /** One qualification: verified when a centre here issued it, declared when the person said so in a survey. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Qualification(String occupationCode, String occupationGroup, String level, Integer levelOrdinal,
                         boolean verified, String completedOn) {
    }
}
