package dev.belgie.organization.event;

import dev.belgie.organization.Organization;

/**
 * Published, in the deleting transaction, before an organization is deleted. A listener that must keep the
 * organization (open invoices, a legal hold) calls {@link #veto(String)}; the deletion then fails with
 * {@code ORGANIZATION_DELETION_VETOED} and the reason as its detail.
 */
public final class OrganizationDeletingEvent {

	private final Organization organization;

	private String vetoReason;

	public OrganizationDeletingEvent(Organization organization) {
		this.organization = organization;
	}

	public Organization organization() {
		return this.organization;
	}

	public void veto(String reason) {
		if (this.vetoReason == null) {
			this.vetoReason = reason;
		}
	}

	public boolean isVetoed() {
		return this.vetoReason != null;
	}

	public String vetoReason() {
		return this.vetoReason;
	}

}
