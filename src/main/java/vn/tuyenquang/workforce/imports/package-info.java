/**
 * File imports (Spring Batch): graduates from the centres and the communes' labour-supply surveys, with a report
 * for every row.
 */
@ApplicationModule(displayName = "imports", allowedDependencies = {
        "accounts", "indicators", "people", "reference", "system", "text", "training"})
package vn.tuyenquang.workforce.imports;

import org.springframework.modulith.ApplicationModule;
