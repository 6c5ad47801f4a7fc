package dev.belgie.organization.test;

import dev.belgie.organization.OrganizationService;
import dev.belgie.organization.spi.OrganizationUser;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithSecurityContextFactory;

/**
 * Makes the security context of {@link WithOrganizationMember}: the organization and the
 * membership through the application's {@link OrganizationService}, then
 * {@link OrganizationTestSecurity#authentication(TestMember)}. Spring Security's test
 * support creates it from the test's application context.
 */
public final class WithOrganizationMemberSecurityContextFactory
		implements WithSecurityContextFactory<WithOrganizationMember> {

	private final OrganizationFixtures fixtures;

	/**
	 * The factory over the application's service.
	 * @param service the service that creates the organization and the membership
	 */
	public WithOrganizationMemberSecurityContextFactory(OrganizationService service) {
		this.fixtures = new OrganizationFixtures(service);
	}

	@Override
	public SecurityContext createSecurityContext(WithOrganizationMember annotation) {
		OrganizationUser generated = OrganizationFixtures.user(annotation.name());
		OrganizationUser user = new OrganizationUser(generated.id(), generated.email(), generated.name(),
				annotation.emailVerified());
		TestMember member = this.fixtures.member(user, annotation.organization(), annotation.roles());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(OrganizationTestSecurity.authentication(member));
		return context;
	}

}
