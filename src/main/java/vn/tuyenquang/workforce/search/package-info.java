/**
 * The Elasticsearch node the application provisions for itself, and the indexes' creation and aliases.
 */
@ApplicationModule(displayName = "search", allowedDependencies = {})
package vn.tuyenquang.workforce.search;

import org.springframework.modulith.ApplicationModule;
