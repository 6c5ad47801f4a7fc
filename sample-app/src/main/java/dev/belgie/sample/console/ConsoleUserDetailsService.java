package dev.belgie.sample.console;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.belgie.sample.accounts.UserAccountRepository;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Console sign-in by e-mail address and password, over the same accounts as the API. The
 * signed-in principal's user name is the account's id, like a bearer token's {@code sub}:
 * the starter's current-user provider looks the e-mail, name and verification state up in
 * the user directory on every request, so a verification made after sign-in counts at
 * once.
 */
@Component
class ConsoleUserDetailsService implements UserDetailsService {

	private static final List<SimpleGrantedAuthority> AUTHORITIES = List.of(new SimpleGrantedAuthority("ROLE_USER"));

	private final UserAccountRepository users;

	ConsoleUserDetailsService(UserAccountRepository users) {
		this.users = users;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		return this.users.findByEmail(email.trim().toLowerCase(Locale.ROOT))
			.map((account) -> principal(account.getId(), account.getPasswordHash()))
			.orElseThrow(() -> new UsernameNotFoundException("No account for that e-mail address."));
	}

	static UserDetails principal(UUID userId, String passwordHash) {
		return User.withUsername(userId.toString()).password(passwordHash).authorities(AUTHORITIES).build();
	}

}
