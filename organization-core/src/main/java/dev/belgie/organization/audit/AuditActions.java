package dev.belgie.organization.audit;

/**
 * The actions the starter and its modules record. An application records its own under a
 * prefix of its own ({@code project.created}).
 */
public final class AuditActions {

	/** An organization was created. */
	public static final String ORGANIZATION_CREATED = "organization.created";

	/** An organization was updated. */
	public static final String ORGANIZATION_UPDATED = "organization.updated";

	/** An organization was deleted. */
	public static final String ORGANIZATION_DELETED = "organization.deleted";

	/** A member was added. */
	public static final String MEMBER_ADDED = "member.added";

	/** A member was removed. */
	public static final String MEMBER_REMOVED = "member.removed";

	/** A member's role changed. */
	public static final String MEMBER_ROLE_CHANGED = "member.role-changed";

	/** A member left. */
	public static final String MEMBER_LEFT = "member.left";

	/** A user joined (through a verified domain). */
	public static final String MEMBER_JOINED = "member.joined";

	/** An invitation was created. */
	public static final String INVITATION_CREATED = "invitation.created";

	/** An invitation was resent. */
	public static final String INVITATION_RESENT = "invitation.resent";

	/** An invitation was accepted. */
	public static final String INVITATION_ACCEPTED = "invitation.accepted";

	/** An invitation was rejected. */
	public static final String INVITATION_REJECTED = "invitation.rejected";

	/** An invitation was canceled. */
	public static final String INVITATION_CANCELED = "invitation.canceled";

	/** Ownership was transferred. */
	public static final String OWNERSHIP_TRANSFERRED = "ownership.transferred";

	/** A team was created. */
	public static final String TEAM_CREATED = "team.created";

	/** A team was renamed. */
	public static final String TEAM_RENAMED = "team.renamed";

	/** A team was deleted. */
	public static final String TEAM_DELETED = "team.deleted";

	/** A team member was added. */
	public static final String TEAM_MEMBER_ADDED = "team-member.added";

	/** A team member was removed. */
	public static final String TEAM_MEMBER_REMOVED = "team-member.removed";

	/** A team member's role changed. */
	public static final String TEAM_MEMBER_ROLE_CHANGED = "team-member.role-changed";

	/** A domain was added. */
	public static final String DOMAIN_ADDED = "domain.added";

	/** A domain was verified. */
	public static final String DOMAIN_VERIFIED = "domain.verified";

	/** A domain was removed. */
	public static final String DOMAIN_REMOVED = "domain.removed";

	/** An organization's limits changed. */
	public static final String LIMITS_CHANGED = "limits.changed";

	/** A project was shared. */
	public static final String SHARE_GRANTED = "share.granted";

	/** A share was revoked. */
	public static final String SHARE_REVOKED = "share.revoked";

	private AuditActions() {
	}

}
