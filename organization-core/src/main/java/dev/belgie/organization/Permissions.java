package dev.belgie.organization;

import java.util.List;

/**
 * The permissions that roles grant. Each is {@code resource:action}.
 */
public final class Permissions {

	public static final String ORGANIZATION_UPDATE = "organization:update";

	public static final String ORGANIZATION_DELETE = "organization:delete";

	public static final String MEMBER_CREATE = "member:create";

	public static final String MEMBER_UPDATE = "member:update";

	public static final String MEMBER_DELETE = "member:delete";

	public static final String INVITATION_CREATE = "invitation:create";

	public static final String INVITATION_CANCEL = "invitation:cancel";

	public static final String TEAM_CREATE = "team:create";

	public static final String TEAM_UPDATE = "team:update";

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
