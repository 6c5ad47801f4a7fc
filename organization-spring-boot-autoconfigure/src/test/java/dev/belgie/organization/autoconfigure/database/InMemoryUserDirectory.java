package dev.belgie.organization.autoconfigure.database;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.belgie.organization.spi.OrganizationUser;
import dev.belgie.organization.spi.UserDirectory;

/** The users of a test, kept in memory. */
public final class InMemoryUserDirectory implements UserDirectory {

	private final Map<String, OrganizationUser> users = new ConcurrentHashMap<>();

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
		return this.users.values().stream().filter((user) -> user.email().equalsIgnoreCase(email)).findFirst();
	}

}
