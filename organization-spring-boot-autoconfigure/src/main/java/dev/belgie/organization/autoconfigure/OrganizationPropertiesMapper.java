package dev.belgie.organization.autoconfigure;

import dev.belgie.organization.OrganizationSettings;
import dev.belgie.organization.RoleTable;
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
	 * adding one, and the {@code extra-permissions} added to their roles.
	 */
	public static RolePolicy rolePolicy(OrganizationProperties properties) {
		return new RolePolicy(configuredRoles(properties).withExtraPermissions(properties.getExtraPermissions()));
	}

	/**
	 * The built-in roles, with each role configured under {@code roles} replacing or
	 * adding one.
	 */
	static RoleTable configuredRoles(OrganizationProperties properties) {
		return RolePolicy.defaultTable().with(properties.getRoles());
	}

}
