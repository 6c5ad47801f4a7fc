package dev.belgie.organization.autoconfigure.security;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import dev.belgie.organization.error.OrganizationErrorCode;
import dev.belgie.organization.error.OrganizationException;
import dev.belgie.organization.spi.OrganizationUser;
import dev.belgie.organization.spi.UserDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The current user as read from real Spring Security authentications: JWT claims (with
 * {@code email_verified}), {@code UserDetails} and other authentications through the user
 * directory, and every value bounded to the columns that store it.
 */
class SecurityContextCurrentUserProviderTests {

	private static final OrganizationUser DIRECTORY_USER = new OrganizationUser("ann", "Ann@Example.com", "Ann", true);

	private final SecurityContextCurrentUserProvider provider = new SecurityContextCurrentUserProvider(
			new UserDirectory() {
				@Override
				public Optional<OrganizationUser> findById(String id) {
					return DIRECTORY_USER.id().equals(id) ? Optional.of(DIRECTORY_USER) : Optional.empty();
				}

				@Override
				public Optional<OrganizationUser> findByEmail(String email) {
					return Optional.empty();
				}
			});

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void nobodyIsSignedInWithoutAnAuthentication() {
		assertThat(this.provider.currentUser()).isEmpty();
	}

	@Test
	void aJwtGivesItsClaimsIncludingEmailVerified() {
		signIn(jwt(Map.of("sub", "u-1", "email", "Bo@Example.com", "name", "Bo", "email_verified", true)));
		assertThat(this.provider.currentUser()).contains(new OrganizationUser("u-1", "bo@example.com", "Bo", true));
		signIn(jwt(Map.of("sub", "u-1", "email", "bo@example.com", "email_verified", "true")));
		assertThat(this.provider.currentUser().orElseThrow().emailVerified()).isTrue();
	}

	@Test
	void aJwtWithoutEmailVerifiedOrWithAnythingButTrueIsUnverified() {
		signIn(jwt(Map.of("sub", "u-1", "email", "bo@example.com")));
		assertThat(this.provider.currentUser().orElseThrow().emailVerified()).isFalse();
		signIn(jwt(Map.of("sub", "u-1", "email", "bo@example.com", "email_verified", "yes")));
		assertThat(this.provider.currentUser().orElseThrow().emailVerified()).isFalse();
		signIn(jwt(Map.of("sub", "u-1", "email", "bo@example.com", "email_verified", false)));
		assertThat(this.provider.currentUser().orElseThrow().emailVerified()).isFalse();
	}

	@Test
	void aJwtWithoutASubjectOrWithABlankOneIsRefused() {
		signIn(jwt(Map.of("email", "bo@example.com")));
		assertUnauthenticated();
		signIn(jwt(Map.of("sub", " \t", "email", "bo@example.com")));
		assertUnauthenticated();
	}

	@Test
	void claimsLongerThanTheirColumnsAreRefused() {
		signIn(jwt(Map.of("sub", "s".repeat(256))));
		assertUnauthenticated();
		signIn(jwt(Map.of("sub", "s".repeat(255), "email", "e".repeat(309) + "@example.com")));
		assertUnauthenticated();
		signIn(jwt(Map.of("sub", "u-1", "name", "n".repeat(256))));
		assertUnauthenticated();
		// the longest of each is stored as it is
		signIn(jwt(Map.of("sub", "s".repeat(255), "email", "e".repeat(308) + "@example.com", "name", "n".repeat(255))));
		assertThat(this.provider.currentUser()).isPresent();
	}

	@Test
	void anEmailIsBoundedAfterLowerCasing() {
		// 'İ' lower-cases to two characters: 320 characters as sent, 321 as stored
		String email = "\u0130" + "e".repeat(307) + "@example.com";
		assertThat(email).hasSize(320);
		signIn(jwt(Map.of("sub", "u-1", "email", email)));
		assertUnauthenticated();
	}

	@Test
	void claimsWithControlCharactersAreRefused() {
		signIn(jwt(Map.of("sub", "u-1", "email", "bo\u0000@example.com")));
		assertUnauthenticated();
		signIn(jwt(Map.of("sub", "u\n1")));
		assertUnauthenticated();
	}

	@Test
	void userDetailsAreCompletedFromTheUserDirectory() {
		User details = new User("ann", "secret", AuthorityUtils.createAuthorityList("ROLE_USER"));
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
		assertThat(this.provider.currentUser()).contains(new OrganizationUser("ann", "ann@example.com", "Ann", true));
	}

	@Test
	void anyOtherAuthenticationIsCompletedFromTheUserDirectory() {
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("ann", null, "ROLE_USER"));
		assertThat(this.provider.currentUser()).contains(new OrganizationUser("ann", "ann@example.com", "Ann", true));
	}

	@Test
	void aUserUnknownToTheDirectoryHasAnUnverifiedEmailAtMost() {
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken("zoe@example.com", null, "ROLE_USER"));
		assertThat(this.provider.currentUser())
			.contains(new OrganizationUser("zoe@example.com", "zoe@example.com", "zoe@example.com", false));
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("zoe", null, "ROLE_USER"));
		assertThat(this.provider.currentUser()).contains(new OrganizationUser("zoe", null, "zoe", false));
	}

	@Test
	void aUserDetailsWithABlankNameIsRefused() {
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(" ", null, "ROLE_USER"));
		assertUnauthenticated();
	}

	private void assertUnauthenticated() {
		OrganizationException ex = catchThrowableOfType(OrganizationException.class, this.provider::currentUser);
		assertThat(ex).isNotNull();
		assertThat(ex.getErrorCode()).isEqualTo(OrganizationErrorCode.UNAUTHENTICATED);
	}

	private static void signIn(Jwt jwt) {
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(jwt, null, "SCOPE_read"));
	}

	private static Jwt jwt(Map<String, Object> claims) {
		Jwt.Builder jwt = Jwt.withTokenValue("token")
			.header("alg", "HS256")
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(60));
		claims.forEach(jwt::claim);
		return jwt.build();
	}

}
