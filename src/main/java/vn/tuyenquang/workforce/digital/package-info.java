/**
 * Digital and technology skills (resolution IV.7a): which courses teach them ({@code DigitalCourses}: the department's
 * definition by VSCO 2020 group, and a centre's marks with their reasons) and how many people were trained in them a
 * year, by commune, sex, ethnic group and age band ({@code DigitalSkillsReport}).
 */
@ApplicationModule(displayName = "digital", allowedDependencies = {
        "accounts", "indicators", "people", "reference", "system", "training"})
package vn.tuyenquang.workforce.digital;

import org.springframework.modulith.ApplicationModule;
