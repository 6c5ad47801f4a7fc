package dev.belgie.organization.autoconfigure.security;

import java.util.Locale;
import java.util.Optional;

import dev.belgie.organization.error.OrganizationErrorCode;
import dev.belgie.organization.error.OrganizationException;
import dev.belgie.organization.spi.CurrentUserProvider;
import dev.belgie.organization.spi.OrganizationUser;
import dev.belgie.organization.spi.UserDirectory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.ClaimAccessor;
import org.springframework.util.ClassUtils;

/**
 * Reads the current user from Spring Security's {@code SecurityContext}: the {@code sub},
 * {@code email}, {@code name} and {@code email_verified} claims of a JWT or an OIDC user;
 * for a {@link UserDetails} or any other authentication, the id is the authentication's
 * name and the e-mail, name and whether the e-mail is verified come from the
 * {@link UserDirectory}.
 * <p>
 * An identity the starter cannot store is refused with {@code UNAUTHENTICATED}: a blank
 * id, control characters, or a value longer than its column (id 255, e-mail 320 after
 * trimming and lower-casing, name 255). Nothing is cached: each call reads the context
 * (and the directory) afresh.
 */
public class SecurityContextCurrentUserProvider implements CurrentUserProvider {

	/**
	 * The widths of the columns that store a user's id, e-mail and name (changelog
	 * 0.1.0).
	 */
	static final int MAX_ID_LENGTH = 255;

	static final int MAX_EMAIL_LENGTH = 320;

	static final int MAX_NAME_LENGTH = 255;

	private static final boolean CLAIMS_PRESENT = ClassUtils
		.isPresent("org.springframework.security.oauth2.core.ClaimAccessor", null);

	private final UserDirectory userDirectory;

	public SecurityContextCurrentUserProvider(UserDirectory userDirectory) {
		this.userDirectory = userDirectory;
	}

	@Override
	public Optional<OrganizationUser> currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		Object principal = authentication.getPrincipal();
		OrganizationUser user = (CLAIMS_PRESENT && Claims.isClaims(principal)) ? Claims.user(principal) : fromDirectory(
				(principal instanceof UserDetails details) ? details.getUsername() : authentication.getName());
		return Optional.of(bounded(user));
	}

	private OrganizationUser fromDirectory(String id) {
		String checkedId = checkedId(id);
		return this.userDirectory.findById(checkedId)
			.map((found) -> new OrganizationUser(checkedId, found.email(), found.name(), found.emailVerified()))
			// unknown to the directory: a user name that is an address still names the
			// mailbox, unverified
			.orElseGet(() -> new OrganizationUser(checkedId, checkedId.contains("@") ? checkedId : null, checkedId));
	}

	private static String checkedId(String id) {
		if (id == null || id.isBlank()) {
			throw refused("The authenticated user has no id.");
		}
		return id;
	}

	private static OrganizationUser bounded(OrganizationUser user) {
		check("id", checkedId(user.id()), MAX_ID_LENGTH);
		check("e-mail address", user.email(), MAX_EMAIL_LENGTH);
		check("name", user.name(), MAX_NAME_LENGTH);
		return user;
	}

	private static void check(String what, String value, int maxLength) {
		if (value == null) {
			return;
		}
		if (value.length() > maxLength) {
			throw refused("The authenticated user's " + what + " is longer than " + maxLength + " characters.");
		}
		if (value.chars().anyMatch(Character::isISOControl)) {
			throw refused("The authenticated user's " + what + " contains control characters.");
		}
	}

	private static OrganizationException refused(String detail) {
		return new OrganizationException(OrganizationErrorCode.UNAUTHENTICATED, detail);
	}

	/**
	 * Kept apart so that it is loaded only when Spring Security's OAuth2 support is
	 * present.
	 */
	private static final class Claims {

		static boolean isClaims(Object principal) {
			return principal instanceof ClaimAccessor;
		}

		static OrganizationUser user(Object principal) {
			ClaimAccessor claims = (ClaimAccessor) principal;
			String name = claims.getClaimAsString("name");
			if (name == null) {
				name = claims.getClaimAsString("preferred_username");
			}
			return new OrganizationUser(checkedId(claims.getClaimAsString("sub")), claims.getClaimAsString("email"),
					name, emailVerified(claims));
		}

		/**
		 * {@code true} only for a boolean {@code true} (or the string "true"); anything
		 * else is unverified.
		 */
		private static boolean emailVerified(ClaimAccessor claims) {
			Object value = claims.getClaims().get("email_verified");
			return Boolean.TRUE.equals(value)
					|| (value instanceof String text && "true".equals(text.trim().toLowerCase(Locale.ROOT)));
		}

	}

}
