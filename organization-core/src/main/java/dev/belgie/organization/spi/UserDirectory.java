package dev.belgie.organization.spi;

import java.util.Optional;

/**
 * Finds users that are not the caller: needed to add a member by id or e-mail.
 * Applications implement it over their own user store.
 */
public interface UserDirectory {

	Optional<OrganizationUser> findById(String id);

	/** Finds a user by e-mail address, compared case-insensitively. */
	Optional<OrganizationUser> findByEmail(String email);

	/**
	 * A directory that knows nobody: adding members by id or e-mail answers
	 * {@code USER_NOT_FOUND}.
	 */
	static UserDirectory empty() {
		return new UserDirectory() {
			@Override
			public Optional<OrganizationUser> findById(String id) {
				return Optional.empty();
			}

			@Override
			public Optional<OrganizationUser> findByEmail(String email) {
				return Optional.empty();
			}
		};
	}

}
