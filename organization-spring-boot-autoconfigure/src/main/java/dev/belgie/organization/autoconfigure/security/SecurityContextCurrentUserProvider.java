package dev.belgie.organization.autoconfigure.security;

import java.util.Optional;

import dev.belgie.organization.spi.CurrentUserProvider;
import dev.belgie.organization.spi.OrganizationUser;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.ClaimAccessor;
import org.springframework.util.ClassUtils;

/**
 * Reads the current user from Spring Security's {@code SecurityContext}: the {@code sub}, {@code email} and
 * {@code name} claims of a JWT or an OIDC user, or the user name of a {@link UserDetails} (used as id, and
 * as e-mail when it is one).
 */
public class SecurityContextCurrentUserProvider implements CurrentUserProvider {

	private static final boolean CLAIMS_PRESENT = ClassUtils
		.isPresent("org.springframework.security.oauth2.core.ClaimAccessor", null);

	@Override
	public Optional<OrganizationUser> currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		Object principal = authentication.getPrincipal();
		if (CLAIMS_PRESENT) {
			OrganizationUser user = Claims.user(principal);
			if (user != null) {
				return Optional.of(user);
			}
		}
		if (principal instanceof UserDetails details) {
			return Optional.of(fromName(details.getUsername()));
		}
		return Optional.ofNullable(authentication.getName()).map(SecurityContextCurrentUserProvider::fromName);
	}

	private static OrganizationUser fromName(String name) {
		return new OrganizationUser(name, name.contains("@") ? name : null, name);
	}

	/** Kept apart so that it is loaded only when Spring Security's OAuth2 support is present. */
	private static final class Claims {

		static OrganizationUser user(Object principal) {
			if (principal instanceof ClaimAccessor claims && claims.getClaimAsString("sub") != null) {
				String name = claims.getClaimAsString("name");
				if (name == null) {
					name = claims.getClaimAsString("preferred_username");
				}
				return new OrganizationUser(claims.getClaimAsString("sub"), claims.getClaimAsString("email"), name);
			}
			return null;
		}

	}

}
