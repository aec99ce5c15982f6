package vn.tuyenquang.workforce.demo;

import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** With the demo profile every page carries a banner saying its data is synthetic. */
@ControllerAdvice
@Profile("demo")
class DemoBanner {

    @ModelAttribute("syntheticData")
    boolean syntheticData() {
        return true;
    }
}
