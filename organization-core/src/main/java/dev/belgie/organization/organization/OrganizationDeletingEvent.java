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

	/**
	 * A deletion that a listener may veto.
	 * @param organization the organization being deleted
	 */
	public OrganizationDeletingEvent(Organization organization) {
		this(organization, false);
	}

	/**
	 * A deletion, with or without the organization's data going with it.
	 * @param organization the organization being deleted
	 * @param cascade whether the deletion also deletes what belongs to the organization
	 */
	public OrganizationDeletingEvent(Organization organization, boolean cascade) {
		this.organization = organization;
		this.cascade = cascade;
	}

	/**
	 * {@return whether the caller asked that the organization's data go with it rather
	 * than block the deletion}
	 */
	public boolean cascade() {
		return this.cascade;
	}

	/**
	 * The organization being deleted.
	 * @return the organization
	 */
	public Organization organization() {
		return this.organization;
	}

	/**
	 * Refuses the deletion; the first reason given is kept.
	 * @param reason why, for people (the error's detail)
	 */
	public void veto(String reason) {
		if (this.vetoReason == null) {
			this.vetoReason = reason;
		}
	}

	/**
	 * Whether a listener vetoed the deletion.
	 * @return whether it is vetoed
	 */
	public boolean isVetoed() {
		return this.vetoReason != null;
	}

	/**
	 * The first veto's reason.
	 * @return the reason, or {@code null} when not vetoed
	 */
	public String vetoReason() {
		return this.vetoReason;
	}

}
