package dev.belgie.organization.audit;

import dev.belgie.organization.error.OrganizationException;

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

	/** The longest action prefix (an action is at most 100 characters). */
	public static final int MAX_ACTION_LENGTH = 100;

	/**
	 * Checks the limit and the filters.
	 * @param before the id of the entry the page starts after, or {@code null} for the
	 * newest
	 * @param limit how many entries at most, 1..200
	 * @param actionPrefix only entries whose action starts with it, or {@code null}
	 * @param actorId only entries made by this user, or {@code null}
	 * @throws OrganizationException ({@code VALIDATION_FAILED} on {@code limit} or
	 * {@code action}) for a limit outside 1..200 or a prefix longer than an action
	 */
	public AuditQuery {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw OrganizationException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
		}
		if (actionPrefix != null && actionPrefix.length() > MAX_ACTION_LENGTH) {
			throw OrganizationException.invalid("action", "must be at most " + MAX_ACTION_LENGTH + " characters");
		}
		actionPrefix = (actionPrefix != null && actionPrefix.isEmpty()) ? null : actionPrefix;
		actorId = (actorId != null && actorId.isEmpty()) ? null : actorId;
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
