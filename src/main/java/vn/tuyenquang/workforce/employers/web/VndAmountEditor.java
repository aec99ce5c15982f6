package vn.tuyenquang.workforce.employers.web;

import java.beans.PropertyEditorSupport;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

/**
 * An amount of đồng as people write it: "9.000.000", "9,000,000", "9 000 000", "9000000 ₫" or "9.000.000 đồng" all
 * read as 9000000; shown back as "9.000.000". Anything else is refused (the form says the value is not valid).
 */
final class VndAmountEditor extends PropertyEditorSupport {

    @Override
    public void setAsText(String text) {
        String digits = text == null ? "" : text.replaceAll("(?i)[\\s.,₫]|đồng|đ|vnd", "");
        if (digits.isEmpty()) {
            setValue(null);
        } else if (digits.matches("\\d{1,15}")) {
            setValue(Long.valueOf(digits));
        } else {
            throw new IllegalArgumentException("not an amount of đồng");
        }
    }

    @Override
    public String getAsText() {
        if (!(getValue() instanceof Long amount)) {
            return "";
        }
        DecimalFormatSymbols dots = new DecimalFormatSymbols();
        dots.setGroupingSeparator('.');
        return new DecimalFormat("#,##0", dots).format(amount);
    }
}
