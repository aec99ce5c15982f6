package vn.tuyenquang.workforce.system;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * QR codes (ZXing), error correction M, a quiet zone of two modules: as SVG for pages (one path of square modules), as
 * PNG for print. Every code is one ZXing's own detector finds in a clean image: about one large code in forty (a
 * certificate's token, version 18) has finder-like patterns in its data that make that detector miss it, so such a
 * code is drawn again with the next mask pattern until the detector reads it (a verifier built on ZXing, which we do
 * not control, would otherwise fail on those certificates).
 */
public final class QrCodes {

    private QrCodes() {
    }

    /** A QR code as a PNG, {@code scale} pixels a module. */
    public static byte[] png(String text, int scale) {
        BitMatrix matrix = matrix(text);
        BufferedImage image = new BufferedImage(matrix.getWidth() * scale, matrix.getHeight() * scale,
                BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, matrix.get(x / scale, y / scale) ? 0x000000 : 0xFFFFFF);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    public static String svg(String text) {
        BitMatrix matrix = matrix(text);
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + matrix.getWidth() + " "
                + matrix.getHeight() + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\""
                + " fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    private static BitMatrix matrix(String text) {
        BitMatrix chosen = encode(text, null);
        for (int mask = 0; mask < 8 && !detected(chosen, text); mask++) {
            chosen = encode(text, mask);
        }
        return chosen;
    }

    /** The code with the encoder's choice of mask pattern ({@code mask} null) or with {@code mask}. */
    private static BitMatrix encode(String text, Integer mask) {
        Map<EncodeHintType, Object> hints = new java.util.EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, 2);
        hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
        if (mask != null) {
            hints.put(EncodeHintType.QR_MASK_PATTERN, mask);
        }
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("too long for a QR code: " + text.length() + " characters", e);
        }
    }

    /** Whether ZXing's detector, not told the image is a clean code, reads {@code text} back from it (4 px a module). */
    static boolean detected(BitMatrix matrix, String text) {
        int scale = 4;
        int side = matrix.getWidth() * scale;
        int[] pixels = new int[side * side];
        java.util.Arrays.fill(pixels, 0xFFFFFF);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    for (int dy = 0; dy < scale; dy++) {
                        java.util.Arrays.fill(pixels, (y * scale + dy) * side + x * scale, (y * scale + dy) * side + x * scale + scale, 0);
                    }
                }
            }
        }
        try {
            return text.equals(new com.google.zxing.MultiFormatReader().decode(new com.google.zxing.BinaryBitmap(
                    new com.google.zxing.common.HybridBinarizer(new com.google.zxing.RGBLuminanceSource(side, side, pixels))))
                    .getText());
        } catch (com.google.zxing.ReaderException missed) {
            return false;
        }
    }
}
