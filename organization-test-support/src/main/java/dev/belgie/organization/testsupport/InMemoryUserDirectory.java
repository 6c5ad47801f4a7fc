package dev.belgie.organization.testsupport;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import dev.belgie.organization.spi.OrganizationUser;
import dev.belgie.organization.spi.UserDirectory;

/**
 * The application's user store, as the tests see it: users registered here can be found
 * by id or by e-mail (case-insensitively).
 */
public final class InMemoryUserDirectory implements UserDirectory {

	private final Map<String, OrganizationUser> users = new ConcurrentHashMap<>();

	/**
	 * Registers a new user with a verified, unique e-mail address derived from
	 * {@code name}.
	 * @param name the user's name
	 * @return the user
	 */
	public OrganizationUser register(String name) {
		return register(name, true);
	}

	/**
	 * Registers a new user whose e-mail address is not verified.
	 * @param name the user's name
	 * @return the user
	 */
	public OrganizationUser registerUnverified(String name) {
		return register(name, false);
	}

	private OrganizationUser register(String name, boolean emailVerified) {
		String id = UUID.randomUUID().toString();
		String email = name.toLowerCase(Locale.ROOT) + "-" + id.substring(0, 8) + "@example.com";
		OrganizationUser user = new OrganizationUser(id, email, name, emailVerified);
		this.users.put(id, user);
		return user;
	}

	/**
	 * Registers a user given in full.
	 * @param user the user
	 * @return the same user
	 */
	public OrganizationUser add(OrganizationUser user) {
		this.users.put(user.id(), user);
		return user;
	}

	@Override
	public Optional<OrganizationUser> findById(String id) {
		return Optional.ofNullable(this.users.get(id));
	}

	@Override
	public Optional<OrganizationUser> findByEmail(String email) {
		return this.users.values().stream().filter((user) -> user.email().equalsIgnoreCase(email.trim())).findFirst();
	}

}
