package dev.belgie.organization.autoconfigure.throttle;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The starter's throttles ({@code belgie.organization.throttle.*}): invitations per
 * inviter and per organization, direct adds per acting user, and where every throttle
 * keeps its buckets.
 */
@ConfigurationProperties("belgie.organization.throttle")
public class ThrottleProperties implements Validator {

	/**
	 * Whether the starter throttles invitations and direct adds (an application's own
	 * throttles, such as the sample's sign-in, are not affected).
	 */
	private boolean enabled = true;

	/**
	 * Invitations one user may send (new ones and resends), whatever the organization.
	 */
	private final Limit invitationsPerInviter = new Limit(50, Duration.ofHours(1));

	/**
	 * Invitations that may be sent for one organization, whoever sends them.
	 */
	private final Limit invitationsPerOrganization = new Limit(200, Duration.ofHours(1));

	/**
	 * Members one user may add directly (by user id or e-mail address), whatever the
	 * organization.
	 */
	private final Limit directAddsPerUser = new Limit(60, Duration.ofMinutes(1));

	private final Redis redis = new Redis();

	private final Memory memory = new Memory();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public Limit getInvitationsPerInviter() {
		return this.invitationsPerInviter;
	}

	public Limit getInvitationsPerOrganization() {
		return this.invitationsPerOrganization;
	}

	public Limit getDirectAddsPerUser() {
		return this.directAddsPerUser;
	}

	public Redis getRedis() {
		return this.redis;
	}

	public Memory getMemory() {
		return this.memory;
	}

	@Override
	public boolean supports(Class<?> type) {
		return ThrottleProperties.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		ThrottleProperties properties = (ThrottleProperties) target;
		properties.invitationsPerInviter.validate("invitationsPerInviter", errors);
		properties.invitationsPerOrganization.validate("invitationsPerOrganization", errors);
		properties.directAddsPerUser.validate("directAddsPerUser", errors);
		String prefix = properties.redis.getKeyPrefix();
		if (prefix == null || prefix.isBlank()) {
			errors.rejectValue("redis.keyPrefix", "blank",
					"must not be blank: it keeps the buckets apart from other data");
		}
		if (properties.memory.getMaximumKeys() < 1) {
			errors.rejectValue("memory.maximumKeys", "positive", "must be at least 1");
		}
	}

	/**
	 * A rate: {@code requests} per {@code period}, all allowed again at the end of each
	 * period.
	 */
	public static class Limit {

		/**
		 * How many requests one key may make in a period.
		 */
		private int requests;

		/**
		 * The period after which a key may make that many requests again.
		 */
		private Duration period;

		public Limit() {
			this(1, Duration.ofMinutes(1));
		}

		/**
		 * A limit of {@code requests} per {@code period}.
		 * @param requests how many requests a period allows
		 * @param period the period
		 */
		public Limit(int requests, Duration period) {
			this.requests = requests;
			this.period = period;
		}

		public int getRequests() {
			return this.requests;
		}

		public void setRequests(int requests) {
			this.requests = requests;
		}

		public Duration getPeriod() {
			return this.period;
		}

		public void setPeriod(Duration period) {
			this.period = period;
		}

		/** The rate these properties describe. */
		public RateLimit toRateLimit() {
			return new RateLimit(this.requests, this.period);
		}

		void validate(String path, Errors errors) {
			if (this.requests < 1) {
				errors.rejectValue(path + ".requests", "positive", "must be at least 1");
			}
			if (this.period == null || this.period.isNegative() || this.period.isZero()) {
				errors.rejectValue(path + ".period", "positive", "must be a positive duration, such as 1h");
			}
		}

	}

	/**
	 * Buckets in Redis, shared by every instance of the application: used when
	 * {@code spring.data.redis.*} is configured (with Lettuce and Bucket4j's Lettuce
	 * module on the class path).
	 */
	public static class Redis {

		/**
		 * Where the buckets are kept: "auto" (in Redis when spring.data.redis.host, .url,
		 * .sentinel.master or .cluster.nodes is set, else in memory), "redis" (always,
		 * for example with a Testcontainers service connection) or "memory" (each
		 * instance counts alone).
		 */
		private Store store = Store.AUTO;

		/**
		 * Prefix of the Redis keys of the buckets.
		 */
		private String keyPrefix = "belgie:throttle:";

		public Store getStore() {
			return this.store;
		}

		public void setStore(Store store) {
			this.store = store;
		}

		public String getKeyPrefix() {
			return this.keyPrefix;
		}

		public void setKeyPrefix(String keyPrefix) {
			this.keyPrefix = keyPrefix;
		}

	}

	/**
	 * Buckets in each instance's memory, when Redis is not configured.
	 */
	public static class Memory {

		/**
		 * How many keys (addresses, users, organizations) each throttle remembers at
		 * most; the least recently used are forgotten first, so made-up keys cannot
		 * exhaust memory.
		 */
		private long maximumKeys = 100_000;

		public long getMaximumKeys() {
			return this.maximumKeys;
		}

		public void setMaximumKeys(long maximumKeys) {
			this.maximumKeys = maximumKeys;
		}

	}

	/** Where the buckets are kept. */
	public enum Store {

		/** In Redis when Spring Data Redis is configured, else in memory. */
		AUTO,

		/** In Redis. */
		REDIS,

		/** In each instance's memory. */
		MEMORY

	}

}
