package dev.belgie.organization.autoconfigure;

import com.github.benmanes.caffeine.cache.Caffeine;
import dev.belgie.organization.autoconfigure.throttle.BucketOperationThrottle;
import dev.belgie.organization.autoconfigure.throttle.BucketStore;
import dev.belgie.organization.autoconfigure.throttle.InMemoryBucketStore;
import dev.belgie.organization.autoconfigure.throttle.RedisBucketStore;
import dev.belgie.organization.autoconfigure.throttle.ThrottleProperties;
import dev.belgie.organization.autoconfigure.throttle.Throttles;
import dev.belgie.organization.spi.OperationThrottle;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * The throttles' one bucket mechanism, {@link Throttles}: buckets in Redis (Bucket4j's
 * Lettuce integration, over the client of Spring Data Redis's
 * {@link LettuceConnectionFactory}) when Redis is configured, so that every instance
 * counts against the same buckets; in each instance's memory otherwise. And the core's
 * {@link OperationThrottle} over it (invitations, direct adds), unless
 * {@code belgie.organization.throttle.enabled} is {@code false}.
 */
@AutoConfiguration(afterName = "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration")
@ConditionalOnBooleanProperty(name = "belgie.organization.enabled", matchIfMissing = true)
@ConditionalOnClass({ Bucket.class, Caffeine.class })
@EnableConfigurationProperties(ThrottleProperties.class)
public final class OrganizationThrottleAutoConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(OrganizationThrottleAutoConfiguration.class);

	@Bean
	@ConditionalOnMissingBean
	public Throttles organizationThrottles(BucketStore store) {
		logger.info("Throttles keep their buckets in {}", store.description());
		return new Throttles(store);
	}

	@Bean
	@ConditionalOnMissingBean(OperationThrottle.class)
	@ConditionalOnBooleanProperty(name = "belgie.organization.throttle.enabled", matchIfMissing = true)
	public BucketOperationThrottle organizationOperationThrottle(Throttles throttles, ThrottleProperties properties) {
		return new BucketOperationThrottle(throttles, properties);
	}

	/** Buckets in Redis, when the application configures it (or asks for it). */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ Bucket4jLettuce.class, LettuceConnectionFactory.class })
	@ConditionalOnBean(LettuceConnectionFactory.class)
	@Conditional(RedisWanted.class)
	static class RedisStoreConfiguration {

		@Bean
		@ConditionalOnMissingBean
		RedisBucketStore organizationRedisBucketStore(LettuceConnectionFactory connectionFactory,
				ThrottleProperties properties) {
			return new RedisBucketStore(connectionFactory.getRequiredNativeClient(),
					properties.getRedis().getKeyPrefix());
		}

	}

	/** Buckets in this instance's memory, when no other store is defined. */
	@Configuration(proxyBeanMethods = false)
	static class MemoryStoreConfiguration {

		@Bean
		@ConditionalOnMissingBean(BucketStore.class)
		InMemoryBucketStore organizationInMemoryBucketStore(ThrottleProperties properties) {
			return new InMemoryBucketStore(properties.getMemory().getMaximumKeys());
		}

	}

	/**
	 * {@code store=redis}, or {@code store=auto} (the default) with a Spring Data Redis
	 * property that names a server.
	 */
	static final class RedisWanted extends AnyNestedCondition {

		RedisWanted() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@ConditionalOnProperty(name = "belgie.organization.throttle.redis.store", havingValue = "redis")
		static final class Asked {

		}

		@Conditional(AutoStore.class)
		@ConditionalOnProperty(name = "spring.data.redis.host")
		static final class Host {

		}

		@Conditional(AutoStore.class)
		@ConditionalOnProperty(name = "spring.data.redis.url")
		static final class Url {

		}

		@Conditional(AutoStore.class)
		@ConditionalOnProperty(name = "spring.data.redis.sentinel.master")
		static final class Sentinel {

		}

		@Conditional(AutoStore.class)
		@ConditionalOnProperty(name = "spring.data.redis.cluster.nodes")
		static final class Cluster {

		}

	}

	/** {@code belgie.organization.throttle.redis.store} is {@code auto} or not set. */
	static final class AutoStore extends AnyNestedCondition {

		AutoStore() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@ConditionalOnProperty(name = "belgie.organization.throttle.redis.store", havingValue = "auto",
				matchIfMissing = true)
		static final class Auto {

		}

	}

}
