package dev.belgie.sample.console;

import java.util.UUID;

/**
 * A tab of an organization's pages. The console's own tabs are beans of this type; a
 * feature adds its page (teams, projects, ...) by declaring another bean and a controller
 * serving {@link #path}, with no change to the console.
 */
public interface OrganizationTab {

	/** The tab's label, for example "Teams". */
	String label();

	/**
	 * The tab's path for an organization, for example {@code /organizations/{id}/teams}.
	 */
	String path(UUID organizationId);

	/** Whether the caller, with its place in the organization, sees the tab. */
	default boolean visibleTo(CallerMembership caller) {
		return true;
	}

	/**
	 * Tabs are shown in ascending order; the console's own use 100, 200, 300 and 900
	 * (settings).
	 */
	default int order() {
		return 500;
	}

}
