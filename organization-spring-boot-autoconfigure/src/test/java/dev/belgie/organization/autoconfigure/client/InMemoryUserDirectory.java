package dev.belgie.organization.autoconfigure.client;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import dev.belgie.organization.spi.OrganizationUser;
import dev.belgie.organization.spi.UserDirectory;

/**
 * The application's user store, as the tests see it: users registered here can be found by id or by
 * e-mail (case-insensitively).
 */
class InMemoryUserDirectory implements UserDirectory {

	private final Map<String, OrganizationUser> users = new ConcurrentHashMap<>();

	/** Registers a new user with a unique id and an e-mail address derived from {@code name}. */
	OrganizationUser register(String name) {
		String id = UUID.randomUUID().toString();
		String email = name.toLowerCase(Locale.ROOT) + "-" + id.substring(0, 8) + "@example.com";
		OrganizationUser user = new OrganizationUser(id, email, name);
		this.users.put(id, user);
		return user;
	}

	@Override
	public Optional<OrganizationUser> findById(String id) {
		return Optional.ofNullable(this.users.get(id));
	}

	@Override
	public Optional<OrganizationUser> findByEmail(String email) {
		return this.users.values()
			.stream()
			.filter((user) -> user.email().equalsIgnoreCase(email.trim()))
			.findFirst();
	}

}
