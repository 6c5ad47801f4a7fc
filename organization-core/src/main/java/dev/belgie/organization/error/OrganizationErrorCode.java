package dev.belgie.organization.error;

/**
 * The error codes of the organization domain.
 */
public enum OrganizationErrorCode implements ErrorCode {

	VALIDATION_FAILED(400, "Validation failed"), UNAUTHENTICATED(401, "Authentication required"),
	FORBIDDEN(403, "Forbidden"), EMAIL_NOT_VERIFIED(403, "E-mail not verified"),
	ORGANIZATION_CREATION_DISABLED(403, "Organization creation disabled"),
	ORGANIZATION_NOT_FOUND(404, "Organization not found"), MEMBER_NOT_FOUND(404, "Member not found"),
	USER_NOT_FOUND(404, "User not found"), INVITATION_NOT_FOUND(404, "Invitation not found"),
	TEAM_NOT_FOUND(404, "Team not found"), ORGANIZATION_SLUG_TAKEN(409, "Organization slug taken"),
	ORGANIZATION_LIMIT_REACHED(409, "Organization limit reached"),
	ORGANIZATION_DELETION_VETOED(409, "Organization deletion vetoed"), ALREADY_MEMBER(409, "Already a member"),
	MEMBERSHIP_LIMIT_REACHED(409, "Membership limit reached"), LAST_OWNER(409, "Last owner"),
	INVITATION_ALREADY_PENDING(409, "Invitation already pending"),
	INVITATION_LIMIT_REACHED(409, "Invitation limit reached"), INVITATION_NOT_PENDING(409, "Invitation not pending"),
	INVITATION_EXPIRED(409, "Invitation expired"), NOT_INVITATION_RECIPIENT(403, "Not the invitation's recipient"),
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
