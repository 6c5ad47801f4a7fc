package dev.belgie.organization.spi;

import java.util.Map;
import java.util.UUID;

/**
 * Something an application counts per organization for the listing of a user's
 * organizations (projects, workspaces): each count appears in
 * {@link dev.belgie.organization.organization.OrganizationSummary#counts()}, and so in
 * its JSON, under {@link #name()}. A bean of this type is picked up by the
 * auto-configuration.
 * <p>
 * {@link #countFor(String)} must be ONE query for all the user's organizations at once
 * (for example a {@code group by organization_id} joined to the membership table by user
 * id, see {@code OrganizationOwnedSpecifications}), so that the listing costs one extra
 * statement per counter, whatever the number of organizations.
 */
public interface OrganizationCounter {

	/**
	 * {@return the name of the count in the summary, for example {@code projectCount}}
	 */
	String name();

	/**
	 * {@return the count per organization of every organization the user belongs to;
	 * absent ones count 0}
	 * @param userId the user's id
	 */
	Map<UUID, Long> countFor(String userId);

	/**
	 * {@return the count as a SQL scalar subquery for the organization whose id is the
	 * column expression {@code organizationId}, for example
	 * {@code "(select count(*) from project p where p.organization_id = " + organizationId + ")"}}
	 * When it is given, the listing computes the count in its own statement (one
	 * statement in all, however many counters) and {@link #countFor} is not called; by
	 * default ({@code null}) the listing calls {@link #countFor}, one more statement.
	 * Called once, at start-up.
	 * @param organizationId the organization's id
	 */
	default String sqlCount(String organizationId) {
		return null;
	}

}
