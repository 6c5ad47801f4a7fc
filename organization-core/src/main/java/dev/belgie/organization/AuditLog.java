package dev.belgie.organization;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.belgie.organization.audit.AuditPage;
import dev.belgie.organization.audit.AuditQuery;
import dev.belgie.organization.audit.AuditTarget;
import dev.belgie.organization.error.OrganizationException;

/**
 * The organizations' audit log: records one entry per change in the change's own
 * transaction (one plain insert on the transaction's connection, so a change that rolls
 * back leaves no entry) and reads it in keyset pages, newest first. Applications record
 * their own actions through {@link #record} in the transaction of the change they make,
 * and read the log through the organization client (members holding {@code audit:read})
 * or through {@link #page} (jobs, with no access check).
 */
public interface AuditLog {

	/**
	 * Records one entry in the current transaction, which must be active: the entry
	 * commits or rolls back with the change it records.
	 * @param actor who made the change
	 * @param organizationId the organization it belongs to
	 * @param action what was done ({@code project.created})
	 * @param target what it was done to
	 * @param details what changed (see {@link #change}); never a token, password or other
	 * secret; may be {@code null}
	 * @throws IllegalStateException when no transaction is active
	 */
	void record(Actor actor, UUID organizationId, String action, AuditTarget target, Map<String, ?> details);

	/**
	 * One page of an organization's log, newest first, with no access check (for jobs and
	 * the organization client, which checks {@code audit:read}). One statement, served by
	 * the index on the organization and the entries' order: its cost does not grow with
	 * the log.
	 * @param organizationId the organization
	 * @param query the page wanted
	 * @return the page
	 * @throws OrganizationException ({@code VALIDATION_FAILED} on {@code before}) when
	 * {@code before} is not an entry of the organization's log
	 */
	AuditPage page(UUID organizationId, AuditQuery query);

	/**
	 * The details of an update: {@code {"before": before, "after": after}}.
	 * @param before the value before
	 * @param after the value after
	 * @return the details
	 */
	static Map<String, Object> change(Object before, Object after) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("before", before);
		details.put("after", after);
		return details;
	}

	/**
	 * Details from alternating keys and values, in that order, leaving out the
	 * {@code null} values: {@code details("email", email, "teamId", teamId)}.
	 * @param keysAndValues a key, its value, the next key, ...
	 * @return the details
	 */
	static Map<String, Object> details(Object... keysAndValues) {
		if (keysAndValues.length % 2 != 0) {
			throw new IllegalArgumentException("keys and values come in pairs");
		}
		Map<String, Object> details = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			if (keysAndValues[i + 1] != null) {
				details.put((String) keysAndValues[i], keysAndValues[i + 1]);
			}
		}
		return details;
	}

}
