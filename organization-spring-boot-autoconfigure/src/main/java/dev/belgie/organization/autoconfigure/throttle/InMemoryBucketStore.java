package dev.belgie.organization.autoconfigure.throttle;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;

/**
 * Buckets in this instance's memory: N instances allow N times the rate. Each throttle
 * remembers a bounded number of keys, and forgets a key idle for a whole period (its
 * bucket would be full again by then).
 */
public class InMemoryBucketStore implements BucketStore {

	private final long maximumKeys;

	private final Map<String, Cache<String, Bucket>> throttles = new ConcurrentHashMap<>();

	/**
	 * A store remembering at most {@code maximumKeys} keys per throttle.
	 * @param maximumKeys the bound, at least 1
	 */
	public InMemoryBucketStore(long maximumKeys) {
		this.maximumKeys = maximumKeys;
	}

	@Override
	public Bucket bucket(String throttle, RateLimit limit, String key) {
		Cache<String, Bucket> buckets = this.throttles.computeIfAbsent(throttle, (
				name) -> Caffeine.newBuilder().maximumSize(this.maximumKeys).expireAfterAccess(limit.period()).build());
		return buckets.get(key, (unused) -> Bucket.builder().addLimit(limit.bandwidth()).build());
	}

	@Override
	public String description() {
		return "memory (per instance)";
	}

}
