package dev.belgie.organization;

import java.time.Duration;
import java.util.Objects;

/**
 * The core's settings, mapped from the application's configuration.
 *
 * @param allowUserToCreateOrganization whether users may create organizations
 * @param creatorRole the normalized role the creator of an organization receives
 * @param organizationLimit how many organizations a user may belong to and still create
 * another, or {@code null} for no limit
 * @param membershipLimit how many members an organization may have, or {@code null} for
 * no limit
 * @param invitationExpiresIn how long an invitation stays valid
 * @param invitationLimit how many pending invitations an organization may have, or
 * {@code null} for no limit
 */
public record OrganizationSettings(boolean allowUserToCreateOrganization, String creatorRole, Integer organizationLimit,
		Integer membershipLimit, Duration invitationExpiresIn, Integer invitationLimit) {

	public OrganizationSettings {
		creatorRole = Roles.normalize(Objects.requireNonNull(creatorRole, "creatorRole"));
		Objects.requireNonNull(invitationExpiresIn, "invitationExpiresIn");
	}

	/**
	 * The defaults: creation allowed, creator is {@code owner}, no limits, invitations
	 * valid 48 hours.
	 */
	public static OrganizationSettings defaults() {
		return new OrganizationSettings(true, Roles.OWNER, null, null, Duration.ofHours(48), null);
	}

}
