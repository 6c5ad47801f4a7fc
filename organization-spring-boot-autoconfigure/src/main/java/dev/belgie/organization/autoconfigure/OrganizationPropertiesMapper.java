package dev.belgie.organization.autoconfigure;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import dev.belgie.organization.OrganizationSettings;
import dev.belgie.organization.RolePolicy;

/**
 * Maps {@link OrganizationProperties} to the core's settings: the core never sees the
 * properties class.
 */
public final class OrganizationPropertiesMapper {

	private OrganizationPropertiesMapper() {
	}

	public static OrganizationSettings settings(OrganizationProperties properties) {
		return new OrganizationSettings(properties.isAllowUserToCreateOrganization(), properties.getCreatorRole(),
				properties.getOrganizationLimit(), properties.getMembershipLimit(), properties.getInvitationExpiresIn(),
				properties.getInvitationLimit());
	}

	/**
	 * The built-in roles, with each role configured under {@code roles} replacing or
	 * adding one.
	 */
	public static RolePolicy rolePolicy(OrganizationProperties properties) {
		Map<String, Set<String>> roles = RolePolicy.defaultRoles();
		properties.getRoles().forEach((role, permissions) -> roles.put(role, new LinkedHashSet<>(permissions)));
		return new RolePolicy(roles);
	}

}
