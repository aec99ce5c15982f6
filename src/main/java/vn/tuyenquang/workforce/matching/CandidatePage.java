package vn.tuyenquang.workforce.matching;

import java.util.List;

import vn.tuyenquang.workforce.system.Paged;

/**
 * One page of a vacancy's candidates and how many the search found in all. A person who withdrew consent in the last
 * moments, before the index heard of it, is left off the page (checked in the register) though still in the total.
 */
public record CandidatePage(List<CandidateMatch> candidates, long total, int page, int size) implements Paged {

    /** As many pages as the search may go deep ({@link CandidateQuery#DEEPEST}), even when it found more. */
    @Override
    public int pages() {
        return (int) Math.min((total + size - 1) / size, CandidateQuery.DEEPEST / size);
    }

    /** The rank of the page's first candidate in the whole list, 1-based. */
    public int firstRank() {
        return page * size + 1;
    }
}
