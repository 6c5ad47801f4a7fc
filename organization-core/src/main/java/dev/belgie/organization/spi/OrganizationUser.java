package dev.belgie.organization.spi;

import java.util.Locale;
import java.util.Objects;

/**
 * A user as the organization starter sees it. The starter never owns the user table.
 *
 * @param id the user's stable identifier (for example a JWT {@code sub})
 * @param email the user's e-mail address, stored lower-cased
 * @param name the user's display name, may be {@code null}
 * @param emailVerified whether the user has proven that the mailbox of {@code email} is
 * theirs
 */
public record OrganizationUser(String id, String email, String name, boolean emailVerified) {

	/**
	 * Checks the id and normalizes the e-mail address.
	 * @param id the user's id in the application
	 * @param email the user's e-mail address
	 * @param name the user's name, or {@code null}
	 * @param emailVerified whether the e-mail address is verified
	 */
	public OrganizationUser {
		Objects.requireNonNull(id, "id");
		email = (email != null) ? email.trim().toLowerCase(Locale.ROOT) : null;
	}

	/**
	 * A user whose e-mail address is not known to be verified.
	 * @param id the user's id in the application
	 * @param email an e-mail address
	 * @param name the user's name, or {@code null}
	 */
	public OrganizationUser(String id, String email, String name) {
		this(id, email, name, false);
	}

}
