package dev.belgie.organization.audit;

import java.util.UUID;

/**
 * A page request over an organization's audit log, newest first.
 *
 * @param before the id of the entry the page starts after (older than it), or
 * {@code null} for the newest
 * @param limit how many entries at most, 1..200
 * @param actionPrefix only entries whose action starts with it, or {@code null}
 * @param actorId only entries made by this user, or {@code null}
 */
public record AuditQuery(UUID before, int limit, String actionPrefix, String actorId) {

	/** The largest page. */
	public static final int MAX_LIMIT = 200;

	/**
	 * Checks the limit.
	 * @param before the id of the entry the page starts after, or {@code null} for the
	 * newest
	 * @param limit how many entries at most, 1..200
	 * @param actionPrefix only entries whose action starts with it, or {@code null}
	 * @param actorId only entries made by this user, or {@code null}
	 */
	public AuditQuery {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT);
		}
	}

	/**
	 * The newest {@code limit} entries, unfiltered.
	 * @param limit how many entries at most
	 * @return the query
	 */
	public static AuditQuery newest(int limit) {
		return new AuditQuery(null, limit, null, null);
	}

}
