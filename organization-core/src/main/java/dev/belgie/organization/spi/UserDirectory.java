package dev.belgie.organization.spi;

import java.util.Optional;

/**
 * Finds users that are not the caller: needed to add a member by id or e-mail.
 * Applications implement it over their own user store.
 */
public interface UserDirectory {

	/**
	 * Finds a user by id.
	 * @param id the user's id
	 * @return the user, or empty when the directory knows no such id
	 */
	Optional<OrganizationUser> findById(String id);

	/**
	 * Finds a user by e-mail address, compared case-insensitively.
	 * @param email an e-mail address
	 * @return the user, or empty when the directory knows no such address
	 */
	Optional<OrganizationUser> findByEmail(String email);

	/**
	 * {@return a directory that knows nobody: adding members by id or e-mail answers
	 * {@code USER_NOT_FOUND}}
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
