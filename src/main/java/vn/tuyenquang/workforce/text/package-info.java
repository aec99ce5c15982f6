/**
 * Vietnamese text: folding accents, masking names, legacy encodings, random codes.
 */
@ApplicationModule(displayName = "text", allowedDependencies = {})
package vn.tuyenquang.workforce.text;

import org.springframework.modulith.ApplicationModule;
