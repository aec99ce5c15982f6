package vn.tuyenquang.workforce.parks;

import java.time.Instant;

/** An industrial park (KCN) or cluster (CCN) of the province, in one commune, as the department keeps it. */
public record IndustrialPark(String code, String name, Kind kind, String communeCode, Instant createdAt,
                             Instant updatedAt) {

    public enum Kind { KCN, CCN }
}
