package vn.tuyenquang.workforce.imports.web;

import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/** Reaches the package-private upload-limit advice from the imports tests. */
public final class UploadLimitProbe {

    public ModelAndView tooLarge() {
        return new UploadLimit(DataSize.ofMegabytes(200)).tooLarge(new MaxUploadSizeExceededException(200L << 20));
    }
}
