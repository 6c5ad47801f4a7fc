package dev.belgie.organization.autoconfigure.throttle;

import java.util.Objects;

/**
 * The one bucket mechanism of the starter and of the application: every throttle is made
 * here, and keeps its buckets in the one {@link BucketStore} of the application — in
 * memory by default, in Redis when {@code spring.data.redis.*} is configured (see the
 * README's "Throttling"). Inject it to throttle routes of your own:
 * {@code throttles.throttle("sign-in-per-address", new RateLimit(60, Duration.ofMinutes(1)), "...")}.
 */
public class Throttles {

	private final BucketStore store;

	/**
	 * The mechanism over a store.
	 * @param store where the buckets are kept
	 */
	public Throttles(BucketStore store) {
		this.store = Objects.requireNonNull(store, "store");
	}

	/**
	 * A throttle.
	 * @param name unique in the application (throttles of one name share their buckets)
	 * @param limit the rate per key
	 * @param detail the sentence of a refusal, for people
	 * @return the throttle
	 */
	public Throttle throttle(String name, RateLimit limit, String detail) {
		return new Throttle(name, limit, detail, this.store);
	}

	/** Where the buckets are kept. */
	public BucketStore store() {
		return this.store;
	}

}
