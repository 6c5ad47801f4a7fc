package dev.belgie.sample.api.user;

import dev.belgie.sample.accounts.EmailAddresses;
import dev.belgie.sample.accounts.UserAccount;
import dev.belgie.sample.accounts.UserAccountRepository;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import dev.belgie.organization.spi.OrganizationUser;
import dev.belgie.organization.spi.UserDirectory;
import org.springframework.stereotype.Component;

/**
 * The starter's view of the sample app's users: who can be added to an organization by id
 * or e-mail.
 */
@Component
class AppUserDirectory implements UserDirectory {

	private final UserAccountRepository users;

	AppUserDirectory(UserAccountRepository users) {
		this.users = users;
	}

	@Override
	public Optional<OrganizationUser> findById(String id) {
		UUID uuid;
		try {
			uuid = UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		return this.users.findById(uuid).map(AppUserDirectory::toUser);
	}

	@Override
	public Optional<OrganizationUser> findByEmail(String email) {
		String normalized = email.trim().toLowerCase(Locale.ROOT);
		if (normalized.length() > EmailAddresses.MAX_LENGTH || normalized.indexOf('\0') >= 0) {
			return Optional.empty(); // no such address can be stored, and PostgreSQL
										// refuses NUL in a query
		}
		return this.users.findByEmail(normalized).map(AppUserDirectory::toUser);
	}

	static OrganizationUser toUser(UserAccount account) {
		return new OrganizationUser(account.getId().toString(), account.getEmail(), account.getName(),
				account.isEmailVerified());
	}

}
