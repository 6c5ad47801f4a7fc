package dev.belgie.organization.error;

/**
 * The error codes of the organization domain.
 */
public enum OrganizationErrorCode implements ErrorCode {

	/** The request is malformed; the exception names each bad field. */
	VALIDATION_FAILED(400, "Validation failed"),
	/** Nobody is signed in, or the identity cannot be stored. */
	UNAUTHENTICATED(401, "Authentication required"),
	/** The caller's roles do not allow the operation. */
	FORBIDDEN(403, "Forbidden"),
	/** The operation needs the caller's verified e-mail address. */
	EMAIL_NOT_VERIFIED(403, "E-mail not verified"),
	/**
	 * Users may not create organizations
	 * ({@code allow-user-to-create-organization=false}).
	 */
	ORGANIZATION_CREATION_DISABLED(403, "Organization creation disabled"),
	/** No such organization, or the caller is not one of its members. */
	ORGANIZATION_NOT_FOUND(404, "Organization not found"),
	/** No such member in the organization. */
	MEMBER_NOT_FOUND(404, "Member not found"),
	/** The user directory knows no such user. */
	USER_NOT_FOUND(404, "User not found"),
	/** No such invitation, or not one the caller may see. */
	INVITATION_NOT_FOUND(404, "Invitation not found"),
	/** No such team in the organization. */
	TEAM_NOT_FOUND(404, "Team not found"),
	/** Another organization has the slug. */
	ORGANIZATION_SLUG_TAKEN(409, "Organization slug taken"),
	/** The user belongs to as many organizations as it may and cannot create another. */
	ORGANIZATION_LIMIT_REACHED(409, "Organization limit reached"),
	/**
	 * A listener of
	 * {@link dev.belgie.organization.organization.OrganizationDeletingEvent} vetoed the
	 * deletion.
	 */
	ORGANIZATION_DELETION_VETOED(409, "Organization deletion vetoed"),
	/** The user is already a member of the organization. */
	ALREADY_MEMBER(409, "Already a member"),
	/** The organization has as many members as it may. */
	MEMBERSHIP_LIMIT_REACHED(409, "Membership limit reached"),
	/** The change would leave the organization without an owner. */
	LAST_OWNER(409, "Last owner"),
	/** A pending invitation to that address exists (re-send it instead). */
	INVITATION_ALREADY_PENDING(409, "Invitation already pending"),
	/** The organization has as many pending invitations as it may. */
	INVITATION_LIMIT_REACHED(409, "Invitation limit reached"),
	/** The invitation was already accepted, rejected or canceled. */
	INVITATION_NOT_PENDING(409, "Invitation not pending"),
	/** The invitation has expired. */
	INVITATION_EXPIRED(409, "Invitation expired"),
	/** The caller is not the invitation's recipient (or did not prove its mailbox). */
	NOT_INVITATION_RECIPIENT(403, "Not the invitation's recipient"),
	/** A concurrent change won; retrying may succeed. */
	CONCURRENT_MODIFICATION(409, "Concurrent modification"),
	/**
	 * Members join by invitation only
	 * ({@code belgie.organization.members.direct-add=never}).
	 */
	DIRECT_ADD_DISABLED(403, "Direct add disabled"),
	/**
	 * A throttle refused the request; {@link TooManyRequestsException} says when to try
	 * again.
	 */
	TOO_MANY_REQUESTS(429, "Too many requests");

	private final int status;

	private final String title;

	OrganizationErrorCode(int status, String title) {
		this.status = status;
		this.title = title;
	}

	@Override
	public String code() {
		return name();
	}

	@Override
	public int status() {
		return this.status;
	}

	@Override
	public String title() {
		return this.title;
	}

}
