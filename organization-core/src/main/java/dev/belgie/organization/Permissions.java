package dev.belgie.organization;

import java.util.List;

/**
 * The permissions that roles grant. Each is {@code resource:action}.
 */
public final class Permissions {

	/** Change the organization's name, slug, logo and metadata. */
	public static final String ORGANIZATION_UPDATE = "organization:update";

	/** Delete the organization. */
	public static final String ORGANIZATION_DELETE = "organization:delete";

	/** Add members. */
	public static final String MEMBER_CREATE = "member:create";

	/** Change members' roles. */
	public static final String MEMBER_UPDATE = "member:update";

	/** Remove members. */
	public static final String MEMBER_DELETE = "member:delete";

	/** Invite people (and send an invitation again). */
	public static final String INVITATION_CREATE = "invitation:create";

	/** Cancel pending invitations. */
	public static final String INVITATION_CANCEL = "invitation:cancel";

	/** Create teams. */
	public static final String TEAM_CREATE = "team:create";

	/** Rename every team and manage every team's members. */
	public static final String TEAM_UPDATE = "team:update";

	/** Delete teams. */
	public static final String TEAM_DELETE = "team:delete";

	/** Reading the organization's audit log. */
	public static final String AUDIT_READ = "audit:read";

	/** Every permission known to the starter, in a stable order. */
	public static final List<String> ALL = List.of(ORGANIZATION_UPDATE, ORGANIZATION_DELETE, MEMBER_CREATE,
			MEMBER_UPDATE, MEMBER_DELETE, INVITATION_CREATE, INVITATION_CANCEL, TEAM_CREATE, TEAM_UPDATE, TEAM_DELETE,
			AUDIT_READ);

	private Permissions() {
	}

}
