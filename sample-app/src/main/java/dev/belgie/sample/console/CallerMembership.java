package dev.belgie.sample.console;

import dev.belgie.organization.membership.Membership;
import dev.belgie.organization.organization.OrganizationSummary;

/**
 * The caller in one organization: the organization as its switcher lists it (with the
 * caller's role and the member count) and the caller's membership, with the permissions
 * its roles grant. Pages use it to show only the controls the caller may use; the client
 * checks every action again.
 */
public record CallerMembership(OrganizationSummary organization, Membership membership) {

	public boolean can(String permission) {
		return this.membership.can(permission);
	}

}
