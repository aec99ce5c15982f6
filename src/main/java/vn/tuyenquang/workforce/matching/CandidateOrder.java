package vn.tuyenquang.workforce.matching;

/**
 * The order candidates are listed in: by how well they match (occupation, certificate, nearness, skills, recent
 * training, years in the trade, together), nearest to the workplace first, or most recently trained first.
 */
public enum CandidateOrder {
    BEST, NEAREST, RECENT
}
