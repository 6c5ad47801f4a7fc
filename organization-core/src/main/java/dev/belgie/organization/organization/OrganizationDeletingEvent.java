package dev.belgie.organization.organization;

/**
 * Published, in the deleting transaction, before an organization is deleted. A listener
 * that must keep the organization (open invoices, a legal hold) calls
 * {@link #veto(String)}; the deletion then fails with
 * {@code ORGANIZATION_DELETION_VETOED} and the reason as its detail.
 * <p>
 * When the caller asked for a {@linkplain #cascade() cascade}, a listener deletes the
 * application's own rows of the organization instead of vetoing, in the same transaction:
 * the deletion then succeeds or fails whole.
 */
public final class OrganizationDeletingEvent {

	private final Organization organization;

	private final boolean cascade;

	private String vetoReason;

	public OrganizationDeletingEvent(Organization organization) {
		this(organization, false);
	}

	public OrganizationDeletingEvent(Organization organization, boolean cascade) {
		this.organization = organization;
		this.cascade = cascade;
	}

	/**
	 * Whether the caller asked that the organization's data go with it rather than block
	 * the deletion.
	 */
	public boolean cascade() {
		return this.cascade;
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
