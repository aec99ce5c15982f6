package vn.tuyenquang.workforce.reference;

import java.math.BigDecimal;

/**
 * A commune-level unit of Tuyên Quang (one of 124 since 1 July 2025). Its coordinates are the centre of
 * its bounding box: an approximate anchor for distances, not the seat of its People's Committee.
 */
public record Commune(String code, String name, Kind kind, BigDecimal latitude, BigDecimal longitude) {

    public enum Kind {
        XA,     // xã: rural commune
        PHUONG  // phường: urban ward
    }
}
