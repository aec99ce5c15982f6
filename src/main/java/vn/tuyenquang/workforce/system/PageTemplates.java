package vn.tuyenquang.workforce.system;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Thymeleaf as Spring Boot configures it, with room for every expression the pages use. Thymeleaf keeps the
 * expressions it has parsed (and the Spring expressions inside them) in a cache of 500 by default; the application's
 * 80 templates hold about 2,200, so under a day's mix of pages the cache kept forgetting and parsing again what it had
 * just parsed. Each entry is a parsed expression, a few hundred bytes.
 */
@Configuration(proxyBeanMethods = false)
class PageTemplates {

    static final int EXPRESSIONS_KEPT = 10_000;

    /** Static: a post-processor is made before the other beans, and needs none of this class's. */
    @Bean
    static BeanPostProcessor roomForEveryExpression() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof SpringTemplateEngine engine) {
                    StandardCacheManager caches = new StandardCacheManager();
                    caches.setExpressionCacheMaxSize(EXPRESSIONS_KEPT);
                    engine.setCacheManager(caches);
                }
                return bean;
            }
        };
    }
}
