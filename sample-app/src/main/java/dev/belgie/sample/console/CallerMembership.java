package dev.belgie.sample.console;

import java.util.Set;

import dev.belgie.organization.OrganizationSummary;

/**
 * The caller in one organization: the organization as its switcher lists it (with the caller's role and the
 * member count) and the permissions the role grants. Pages use it to show only the controls the caller may
 * use; the client checks every action again.
 */
public record CallerMembership(OrganizationSummary organization, Set<String> permissions) {

	public boolean can(String permission) {
		return this.permissions.contains(permission);
	}

}
