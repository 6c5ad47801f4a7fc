package dev.belgie.organization.autoconfigure.client;

import dev.belgie.organization.organization.CreateOrganizationRequest;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import dev.belgie.organization.OrganizationClient;
import dev.belgie.organization.OrganizationService;
import dev.belgie.organization.error.OrganizationErrorCode;
import dev.belgie.organization.error.OrganizationException;
import dev.belgie.organization.internal.MemberRepository;
import dev.belgie.organization.spi.OrganizationUser;
import dev.belgie.organization.testsupport.InMemoryUserDirectory;
import dev.belgie.organization.testsupport.MutableClock;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The real auto-configuration on an embedded H2 database, with one
 * {@link OrganizationClient} per simulated user. Every test registers fresh users, so
 * tests sharing a context do not see each other.
 */
@SpringBootTest(classes = ClientTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "spring.liquibase.enabled=false", "belgie.organization.invitation-expires-in=3d" })
abstract class ClientTestSupport {

	/**
	 * The limits of the nested test classes that check them: one context shared by those
	 * classes.
	 */
	static final String ORGANIZATION_LIMIT = "belgie.organization.organization-limit=2";

	static final String MEMBERSHIP_LIMIT = "belgie.organization.membership-limit=3";

	static final String INVITATION_LIMIT = "belgie.organization.invitation-limit=2";

	@Autowired
	protected OrganizationService service;

	@Autowired
	protected MemberRepository memberRepository;

	@Autowired
	protected BeanFactory beans;

	@Autowired
	protected InMemoryUserDirectory userDirectory;

	@Autowired
	protected MutableClock clock;

	@Autowired
	private DataSource dataSource;

	protected OrganizationUser user(String name) {
		return this.userDirectory.register(name);
	}

	protected OrganizationClient client(OrganizationUser user) {
		return TestClients.actingAs(this.beans, user);
	}

	/** A new organization owned by {@code owner}, with a unique name. */
	protected UUID organizationOf(OrganizationUser owner) {
		return client(owner).create(CreateOrganizationRequest.named("Org " + UUID.randomUUID())).id();
	}

	/**
	 * Sets every organization's kept member count from its rows, after members were
	 * seeded with SQL.
	 */
	protected static void recountMembers(JdbcTemplate jdbc) {
		jdbc.update("update belgie_organization set member_count = (select count(*) from belgie_member m"
				+ " where m.organization_id = belgie_organization.id)");
	}

	protected JdbcTemplate jdbc() {
		return new JdbcTemplate(this.dataSource);
	}

	protected long memberRows(UUID organizationId) {
		return jdbc().queryForObject("select count(*) from belgie_member where organization_id = ?", Long.class,
				organizationId);
	}

	protected long invitationRows(UUID organizationId) {
		return jdbc().queryForObject("select count(*) from belgie_invitation where organization_id = ?", Long.class,
				organizationId);
	}

	protected String storedRole(UUID organizationId, String userId) {
		return jdbc().queryForObject("select role from belgie_member where organization_id = ? and user_id = ?",
				String.class, organizationId, userId);
	}

	protected static OrganizationException assertFails(OrganizationErrorCode code, ThrowingCallable call) {
		OrganizationException ex = catchThrowableOfType(OrganizationException.class, call);
		assertThat(ex).as("expected %s", code).isNotNull();
		assertThat(ex.getErrorCode()).as(ex.getMessage()).isEqualTo(code);
		return ex;
	}

	protected static void assertInvalid(String field, ThrowingCallable call) {
		OrganizationException ex = assertFails(OrganizationErrorCode.VALIDATION_FAILED, call);
		assertThat(ex.getViolations()).extracting((violation) -> violation.field()).contains(field);
	}

}
