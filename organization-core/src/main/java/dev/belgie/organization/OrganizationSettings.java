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

	/**
	 * Normalizes the creator role; the creator role and the invitation lifetime are
	 * required.
	 * @param allowUserToCreateOrganization whether signed-in users may create
	 * organizations
	 * @param creatorRole the role the creator of an organization receives
	 * @param organizationLimit how many organizations a user may belong to and still
	 * create one, or {@code null}
	 * @param membershipLimit how many members an organization may have, or {@code null}
	 * @param invitationExpiresIn how long an invitation stays valid
	 * @param invitationLimit how many pending invitations an organization may have, or
	 * {@code null}
	 */
	public OrganizationSettings {
		creatorRole = Roles.normalize(Objects.requireNonNull(creatorRole, "creatorRole"));
		Objects.requireNonNull(invitationExpiresIn, "invitationExpiresIn");
	}

	/**
	 * {@return the defaults: creation allowed, creator is {@code owner}, no limits,
	 * invitations valid 48 hours}
	 */
	public static OrganizationSettings defaults() {
		return new OrganizationSettings(true, Roles.OWNER, null, null, Duration.ofHours(48), null);
	}

}
