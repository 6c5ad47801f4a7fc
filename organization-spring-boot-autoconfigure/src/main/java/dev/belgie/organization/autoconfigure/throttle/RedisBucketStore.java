package dev.belgie.organization.autoconfigure.throttle;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.RedisClient;
import io.lettuce.core.cluster.RedisClusterClient;

/**
 * Buckets in Redis through Bucket4j's Lettuce integration (compare-and-swap), so every
 * instance of the application counts against the same buckets. A key lives in Redis only
 * until its bucket would be full again.
 */
public class RedisBucketStore implements BucketStore {

	private final ProxyManager<byte[]> proxyManager;

	private final String keyPrefix;

	/**
	 * A store over a Lettuce client (standalone, sentinel or cluster).
	 * @param client the client, for example the one of Spring Data Redis's
	 * {@code LettuceConnectionFactory}
	 * @param keyPrefix the prefix of the buckets' keys
	 */
	public RedisBucketStore(AbstractRedisClient client, String keyPrefix) {
		ExpirationAfterWriteStrategy expiration = ExpirationAfterWriteStrategy
			.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10));
		if (client instanceof RedisClusterClient cluster) {
			this.proxyManager = Bucket4jLettuce.casBasedBuilder(cluster).expirationAfterWrite(expiration).build();
		}
		else if (client instanceof RedisClient standalone) {
			this.proxyManager = Bucket4jLettuce.casBasedBuilder(standalone).expirationAfterWrite(expiration).build();
		}
		else {
			throw new IllegalArgumentException("Unsupported Lettuce client: " + client.getClass().getName());
		}
		this.keyPrefix = keyPrefix;
	}

	@Override
	public Bucket bucket(String throttle, RateLimit limit, String key) {
		byte[] redisKey = (this.keyPrefix + throttle + ":" + key).getBytes(StandardCharsets.UTF_8);
		return this.proxyManager.builder().build(redisKey, limit::bucketConfiguration);
	}

	@Override
	public String description() {
		return "Redis (shared by every instance), keys " + this.keyPrefix + "*";
	}

}
