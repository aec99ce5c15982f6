package vn.tuyenquang.workforce.search;

import java.net.URI;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * With no {@code spring.elasticsearch.uris}, the application provisions its own engine and points Spring
 * Boot's Elasticsearch client at it. Any configured cluster takes precedence and nothing starts locally.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "workforce.elasticsearch.local.enabled", matchIfMissing = true)
@Conditional(LocalElasticsearchConfiguration.NoExternalElasticsearch.class)
class LocalElasticsearchConfiguration {

    @Bean(destroyMethod = "close")
    LocalElasticsearch localElasticsearch(LocalElasticsearchProperties properties) {
        return LocalElasticsearch.start(properties.settings());
    }

    @Bean
    ElasticsearchConnectionDetails localElasticsearchConnectionDetails(LocalElasticsearch engine) {
        URI address = engine.httpAddress();
        return () -> List.of(new ElasticsearchConnectionDetails.Node(address.getHost(), address.getPort(),
                ElasticsearchConnectionDetails.Node.Protocol.HTTP, null, null));
    }

    static class NoExternalElasticsearch extends SpringBootCondition {

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            var env = context.getEnvironment();
            boolean external = env.containsProperty("spring.elasticsearch.uris")
                    || env.containsProperty("spring.elasticsearch.uris[0]");
            return external
                    ? ConditionOutcome.noMatch("spring.elasticsearch.uris names an external Elasticsearch")
                    : ConditionOutcome.match("no external Elasticsearch configured");
        }
    }
}
