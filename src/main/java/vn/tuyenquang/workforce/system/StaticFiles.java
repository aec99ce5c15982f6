package vn.tuyenquang.workforce.system;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The static files, under names that carry a hash of their content (/js/tables-3f2c….js, written into every page by
 * Thymeleaf's @{…}), kept by browsers for a year: a changed file has a new name, so nothing stale is ever served.
 *
 * <p>Only these four folders are static: every address a page writes passes through the resource chain, which looks
 * for a file under the address's folder, and with Spring Boot's default ({@code /**}) it looked for a file on the
 * class path for each of a page's links (the dashboard's 124 communes, its sort links…): two thirds of the
 * dashboard's time, found by the load test at 1.1 M persons. An address outside these folders is not looked up.
 */
@Configuration
class StaticFiles implements WebMvcConfigurer {

    /** The folders served as static files, and where each is read from. */
    static final String[][] FOLDERS = {{"/css/**", "classpath:/static/css/"}, {"/js/**", "classpath:/static/js/"},
            {"/img/**", "classpath:/static/img/"}, {"/webjars/**", "classpath:/META-INF/resources/webjars/"}};

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String[] folder : FOLDERS) {
            registry.addResourceHandler(folder[0]).addResourceLocations(folder[1])
                    .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic())
                    .resourceChain(true)
                    .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        }
    }
}
