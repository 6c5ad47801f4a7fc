package dev.belgie.organization.test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.belgie.organization.spi.OrganizationUser;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.ClaimAccessor;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.ClassUtils;

/**
 * The programmatic form of {@link WithOrganizationMember}: an authentication for a
 * {@link TestMember} (for example one of an {@link OrganizationFixtures} roster), for one
 * MockMvc request or for a block of code.
 *
 * <pre class="code">
 * TestOrganization acme = fixtures.organization("Acme").member("Ann", "admin").create();
 * mvc.perform(get("/api/organizations/{id}", acme.id()).with(asMember(acme.member("Ann"))));
 * </pre>
 */
public final class OrganizationTestSecurity {

	private static final boolean JWT_PRESENT = ClassUtils.isPresent(
			"org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken",
			OrganizationTestSecurity.class.getClassLoader());

	private OrganizationTestSecurity() {
	}

	/**
	 * An authentication of the member's user that the starter's current-user provider
	 * reads from its claims: a {@code JwtAuthenticationToken} when Spring Security's
	 * resource server support is present, else a token whose principal holds the same
	 * claims. Its details are the member ({@link TestMember#current()}).
	 * @param member the member
	 * @return an authenticated token
	 */
	public static Authentication authentication(TestMember member) {
		AbstractAuthenticationToken authentication = token(member.user());
		authentication.setDetails(member);
		return authentication;
	}

	/**
	 * An authentication of a user who need not be a member (an invitation's recipient, a
	 * stranger), read by the starter as {@link #authentication(TestMember)} is.
	 * @param user the user
	 * @return an authenticated token
	 */
	public static Authentication authentication(OrganizationUser user) {
		return token(user);
	}

	/**
	 * Runs one MockMvc request as the user.
	 * @param user the user
	 * @return the request post-processor
	 */
	public static RequestPostProcessor asUser(OrganizationUser user) {
		return SecurityMockMvcRequestPostProcessors.authentication(authentication(user));
	}

	private static AbstractAuthenticationToken token(OrganizationUser user) {
		Map<String, Object> claims = claims(user);
		return JWT_PRESENT ? Jwts.authentication(claims) : new ClaimsAuthentication(new ClaimsPrincipal(claims));
	}

	/**
	 * Runs one MockMvc request as the member.
	 * @param member the member
	 * @return the request post-processor
	 */
	public static RequestPostProcessor asMember(TestMember member) {
		return SecurityMockMvcRequestPostProcessors.authentication(authentication(member));
	}

	/**
	 * Sets the member as the current user of this thread until the returned scope is
	 * closed, for code that reads the security context directly: {@code try (var scope =
	 * OrganizationTestSecurity.actAs(member)) { ... }}.
	 * @param member the member
	 * @return the scope that restores the previous security context
	 */
	public static Scope actAs(TestMember member) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication(member));
		SecurityContextHolder.setContext(context);
		return () -> SecurityContextHolder.setContext(previous);
	}

	private static Map<String, Object> claims(OrganizationUser user) {
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("sub", user.id());
		if (user.email() != null) {
			claims.put("email", user.email());
		}
		if (user.name() != null) {
			claims.put("name", user.name());
		}
		claims.put("email_verified", user.emailVerified());
		return claims;
	}

	/** The block of {@link #actAs(TestMember)}. */
	@FunctionalInterface
	public interface Scope extends AutoCloseable {

		/** Restores the security context that was current before. */
		@Override
		void close();

	}

	/** Kept apart so that it is loaded only with the resource server support. */
	private static final class Jwts {

		static AbstractAuthenticationToken authentication(Map<String, Object> claims) {
			Instant now = Instant.now();
			Jwt jwt = new Jwt("organization-test-token", now, now.plusSeconds(3600), Map.of("alg", "none"), claims);
			return new JwtAuthenticationToken(jwt, AuthorityUtils.NO_AUTHORITIES, (String) claims.get("sub"));
		}

	}

	/** A principal made of claims, named by its {@code sub}. */
	private record ClaimsPrincipal(Map<String, Object> claims) implements ClaimAccessor, AuthenticatedPrincipal {

		@Override
		public Map<String, Object> getClaims() {
			return this.claims;
		}

		@Override
		public String getName() {
			return (String) this.claims.get("sub");
		}

	}

	private static final class ClaimsAuthentication extends AbstractAuthenticationToken {

		private final ClaimsPrincipal principal;

		ClaimsAuthentication(ClaimsPrincipal principal) {
			super(List.of());
			this.principal = principal;
			setAuthenticated(true);
		}

		@Override
		public Object getCredentials() {
			return "";
		}

		@Override
		public Object getPrincipal() {
			return this.principal;
		}

	}

}
