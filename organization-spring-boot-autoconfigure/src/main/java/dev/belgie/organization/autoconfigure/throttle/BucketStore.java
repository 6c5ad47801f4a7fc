package dev.belgie.organization.autoconfigure.throttle;

import io.github.bucket4j.Bucket;

/**
 * Where the throttles keep their Bucket4j buckets: in this instance's memory
 * ({@link InMemoryBucketStore}) or in Redis, shared by every instance
 * ({@link RedisBucketStore}).
 */
public interface BucketStore {

	/**
	 * The bucket of a key in a throttle, created full when the store holds none.
	 * @param throttle the throttle's name, unique in the application
	 * @param limit the throttle's rate
	 * @param key what is counted (an address, a user id)
	 * @return the bucket
	 */
	Bucket bucket(String throttle, RateLimit limit, String key);

	/** A short description for logs, such as {@code "memory"}. */
	String description();

}
