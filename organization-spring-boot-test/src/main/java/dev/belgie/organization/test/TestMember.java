package dev.belgie.organization.test;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.belgie.organization.spi.OrganizationUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.TestSecurityContextHolder;

/**
 * A member that a test made through the real service: the user, the organization and the
 * member's roles there.
 *
 * @param user the user (verified e-mail address unless the test said otherwise)
 * @param organizationId the organization the user is a member of
 * @param memberId the member's id in that organization
 * @param roles the member's roles there
 */
public record TestMember(OrganizationUser user, UUID organizationId, UUID memberId, List<String> roles) {

	/**
	 * A member with its roles copied.
	 * @param user the user
	 * @param organizationId the organization
	 * @param memberId the member's id
	 * @param roles the roles
	 */
	public TestMember {
		roles = List.copyOf(roles);
	}

	/**
	 * The user's id, as the starter stores it.
	 * @return the id
	 */
	public String userId() {
		return this.user.id();
	}

	/**
	 * The user's e-mail address.
	 * @return the address
	 */
	public String email() {
		return this.user.email();
	}

	/**
	 * The member the current test runs as: the one of {@link WithOrganizationMember}, or
	 * of {@link OrganizationTestSecurity#authentication(TestMember)}.
	 * @return the member
	 * @throws IllegalStateException when the security context holds no test member
	 */
	public static TestMember current() {
		// the test's own context outlives a MockMvc request, which clears the holder's
		Optional<TestMember> member = of(SecurityContextHolder.getContext().getAuthentication())
			.or(() -> of(TestSecurityContextHolder.getContext().getAuthentication()));
		return member
			.orElseThrow(() -> new IllegalStateException("The test runs as no organization member: annotate it with "
					+ "@WithOrganizationMember or use OrganizationTestSecurity"));
	}

	private static Optional<TestMember> of(Authentication authentication) {
		return (authentication != null && authentication.getDetails() instanceof TestMember member)
				? Optional.of(member) : Optional.empty();
	}

}
