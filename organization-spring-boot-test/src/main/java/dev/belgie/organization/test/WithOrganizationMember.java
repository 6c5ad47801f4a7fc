package dev.belgie.organization.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithSecurityContext;

/**
 * Runs a test as a member of a new organization with the given roles, in the style of
 * Spring Security's {@code @WithMockUser}: before each test method the organization and
 * the membership are created through the application's real
 * {@link dev.belgie.organization.OrganizationService}, and the security context holds an
 * authentication whose claims ({@code sub}, {@code email}, {@code name},
 * {@code email_verified}) the starter's current-user provider reads. MockMvc requests
 * (with Spring Security's MockMvc support, as {@code @AutoConfigureMockMvc} sets it up)
 * and direct calls alike run as that member; {@link TestMember#current()} tells the test
 * who it is and where:
 *
 * <pre class="code">
 * &#64;Test
 * &#64;WithOrganizationMember(roles = "admin")
 * void adminsListTheMembers() throws Exception {
 *     mvc.perform(get("/api/organizations/{id}/members", TestMember.current().organizationId()))
 *         .andExpect(status().isOk());
 * }
 * </pre>
 *
 * When the application is an OAuth2 resource server, the authentication is a
 * {@code JwtAuthenticationToken}, so its own {@code @AuthenticationPrincipal Jwt} reads
 * the same claims.
 *
 * @see OrganizationTestSecurity the programmatic form
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Documented
@WithSecurityContext(factory = WithOrganizationMemberSecurityContextFactory.class,
		setupBefore = TestExecutionEvent.TEST_METHOD)
public @interface WithOrganizationMember {

	/**
	 * The member's roles in the organization; with {@code owner} among them the member
	 * created the organization, otherwise a separate owner did and added the member.
	 * @return the roles
	 */
	String[] roles() default "member";

	/**
	 * The organization's name (its slug is made unique, so every test has an organization
	 * of its own).
	 * @return the name
	 */
	String organization() default "Test organization";

	/**
	 * The member's name; the e-mail address is derived from it and unique.
	 * @return the name
	 */
	String name() default "Test member";

	/**
	 * Whether the member's e-mail address is verified (the {@code email_verified} claim).
	 * @return whether it is verified
	 */
	boolean emailVerified() default true;

}
