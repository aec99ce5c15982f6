package vn.tuyenquang.workforce.search;

/** Every index of {@code index-config/} exists behind its alias: published once per instance, when it first holds. */
public record SearchIndexesReady() {
}
