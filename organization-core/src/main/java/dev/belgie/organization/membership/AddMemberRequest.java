package dev.belgie.organization.membership;

import java.util.UUID;

/**
 * Adds a known user to an organization, by user id or by e-mail (exactly one of them).
 *
 * @param role a role value: a string, a comma-separated string, an enum or a collection
 * of them
 * @param teamId the team the member joins too, or {@code null} (used by the team module)
 */
public record AddMemberRequest(String userId, String email, Object role, UUID teamId) {

	/**
	 * Adds a user by id, with no team.
	 * @param userId the user's id
	 * @param role a role value: a string, a comma-separated string or a collection of
	 * role names
	 * @return the request
	 */
	public static AddMemberRequest byUserId(String userId, Object role) {
		return new AddMemberRequest(userId, null, role, null);
	}

	/**
	 * Adds a user by e-mail address, with no team.
	 * @param email an e-mail address
	 * @param role a role value: a string, a comma-separated string or a collection of
	 * role names
	 * @return the request
	 */
	public static AddMemberRequest byEmail(String email, Object role) {
		return new AddMemberRequest(null, email, role, null);
	}

}
