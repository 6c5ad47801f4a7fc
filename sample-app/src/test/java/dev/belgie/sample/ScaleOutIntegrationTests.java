package dev.belgie.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import dev.belgie.organization.testsupport.PostgreSqlTest;
import dev.belgie.organization.testsupport.TestDatabase;
import dev.belgie.organization.testsupport.TestDatabases;
import dev.belgie.sample.SampleApi.ApiResponse;
import dev.belgie.sample.SampleApi.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the sample app, each with a connection pool of its own, against one
 * PostgreSQL schema: the deployment the README describes. Requests race across both
 * instances over real HTTP; every invariant is then checked in the database itself.
 */
@PostgreSqlTest
@TestInstance(Lifecycle.PER_CLASS)
class ScaleOutIntegrationTests {

	private static final int MEMBERSHIP_LIMIT = 3;

	private static final int ORGANIZATION_LIMIT = 2;

	/** Requests in one race, half sent to each instance. */
	private static final int RACERS = 8;

	private TestDatabase database;

	private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

	private final List<SampleApi> apis = new ArrayList<>();

	private ExecutorService executor;

	@BeforeAll
	void startTwoInstances() {
		this.database = TestDatabases.forTestClass(getClass());
		// the test SMTP server: users verify their e-mail with the token it receives
		List<String> arguments = new ArrayList<>(List.of(this.database.dataSourceArguments()));
		arguments.addAll(List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + TestMailServer.port()));
		// one signing secret for every instance, as in any deployment of more than one
		arguments.add("--sample.token.secret=" + UUID.randomUUID() + UUID.randomUUID());
		for (int i = 0; i < 2; i++) {
			ConfigurableApplicationContext instance = new SpringApplicationBuilder(SampleApplication.class,
					WithInvitationLinks.class)
				.properties(Map.of("server.port", "0", "spring.datasource.hikari.maximum-pool-size", "5",
						"belgie.organization.membership-limit", MEMBERSHIP_LIMIT,
						"belgie.organization.organization-limit", ORGANIZATION_LIMIT))
				.run(arguments.toArray(String[]::new));
			this.instances.add(instance);
			this.apis.add(new SampleApi(((WebServerApplicationContext) instance).getWebServer().getPort()));
		}
		this.executor = Executors.newFixedThreadPool(RACERS);
	}

	@AfterAll
	void stopInstances() {
		if (this.executor != null) {
			this.executor.shutdownNow();
		}
		this.instances.forEach(ConfigurableApplicationContext::close);
		if (this.database != null) {
			this.database.close();
		}
	}

	@AfterEach
	void everyInvariantHoldsInTheDatabase() {
		JdbcClient sql = this.database.sql();
		assertThat(sql
			.sql("select count(*) from belgie_organization o where (select count(*) from belgie_member m "
					+ "where m.organization_id = o.id) > ?")
			.param(MEMBERSHIP_LIMIT)
			.query(Long.class)
			.single()).as("organizations over the membership limit").isZero();
		assertThat(sql
			.sql("select count(*) from belgie_organization o where not exists (select 1 from belgie_member m "
					+ "where m.organization_id = o.id and ',' || m.role || ',' like '%,owner,%')")
			.query(Long.class)
			.single()).as("organizations without an owner").isZero();
		assertThat(sql
			.sql("select count(*) from (select slug from belgie_organization group by slug having count(*) > 1) s")
			.query(Long.class)
			.single()).as("slugs taken twice").isZero();
		assertThat(sql.sql("select count(*) from belgie_invitation i where i.status = 'accepted' and not exists "
				+ "(select 1 from belgie_member m where m.organization_id = i.organization_id and lower(m.email) = lower(i.email))")
			.query(Long.class)
			.single()).as("accepted invitations without their member").isZero();
	}

	@Test
	void aTokenIssuedByOneInstanceIsHonouredByTheOther() {
		TestUser ann = api(0).signUp("Ann");
		String id = api(0).createOrganization(ann, "Shared").get("id").asString();
		assertThat(api(1).get("/api/organizations/" + id, ann.token()).expect(200).get("memberCount").asInt()).isOne();
	}

	@Test
	void concurrentAddsAtTheMembershipLimitFillItExactly() {
		TestUser owner = api(0).signUp("Olivia");
		String id = organizationWithOneSeatLeft(owner);
		List<TestUser> candidates = signUp(RACERS, "candidate");
		List<ApiResponse> responses = race((i) -> api(i).post("/api/organizations/" + id + "/members", owner.token(),
				Map.of("email", candidates.get(i).email(), "role", "member")));
		assertOneWonAndTheRestGot(responses, 201, 409, "MEMBERSHIP_LIMIT_REACHED");
		assertThat(memberCount(id)).isEqualTo(MEMBERSHIP_LIMIT);
	}

	@Test
	void concurrentAcceptsOfTheLastSeatSeatExactlyOne() {
		TestUser owner = api(0).signUp("Olivia");
		String id = organizationWithOneSeatLeft(owner);
		List<TestUser> guests = signUp(RACERS, "guest");
		List<String> invitations = guests.stream()
			.map((guest) -> api(1)
				.post("/api/organizations/" + id + "/invitations", owner.token(),
						Map.of("email", guest.email(), "role", "member"))
				.expect(201)
				.get("id")
				.asString())
			.toList();
		List<ApiResponse> responses = race((i) -> api(i).post("/api/invitations/" + invitations.get(i) + "/accept",
				guests.get(i).token(), Map.of("token", linkToken(invitations.get(i)))));
		assertOneWonAndTheRestGot(responses, 200, 409, "MEMBERSHIP_LIMIT_REACHED");
		assertThat(memberCount(id)).isEqualTo(MEMBERSHIP_LIMIT);
		assertThat(this.database.sql()
			.sql("select count(*) from belgie_invitation where organization_id = ? and status = 'pending'")
			.param(UUID.fromString(id))
			.query(Long.class)
			.single()).as("invitations still pending").isEqualTo(RACERS - 1);
	}

	@Test
	void concurrentCreatesOfAMemberRespectTheOrganizationLimit() {
		TestUser founder = api(0).signUp("Fay");
		api(0).createOrganization(founder, "First");
		List<ApiResponse> responses = race((i) -> api(i).post("/api/organizations", founder.token(),
				Map.of("name", "Another", "slug", SampleApi.uniqueSlug("another"))));
		assertOneWonAndTheRestGot(responses, 201, 409, "ORGANIZATION_LIMIT_REACHED");
		assertThat(membershipsOf(founder)).isEqualTo(ORGANIZATION_LIMIT);
	}

	@Test
	void concurrentCreatesOfAUserWithNoMembershipRespectTheOrganizationLimit() {
		TestUser newcomer = api(0).signUp("Nia");
		List<ApiResponse> responses = race((i) -> api(i).post("/api/organizations", newcomer.token(),
				Map.of("name", "Mine", "slug", SampleApi.uniqueSlug("mine"))));
		assertThat(responses)
			.allSatisfy((response) -> assertThat(response.status()).as(response.text()).isIn(201, 409));
		assertThat(responses.stream().filter((response) -> response.status() == 201)).hasSize(ORGANIZATION_LIMIT);
		responses.stream()
			.filter((response) -> response.status() != 201)
			.forEach((response) -> response.expectProblem(409, "ORGANIZATION_LIMIT_REACHED"));
		assertThat(membershipsOf(newcomer)).isEqualTo(ORGANIZATION_LIMIT);
	}

	@Test
	void concurrentCreatesOfOneNameDeriveDistinctSlugs() {
		String name = "Acme " + SampleApi.unique();
		List<TestUser> founders = signUp(RACERS, "founder");
		List<ApiResponse> responses = race(
				(i) -> api(i).post("/api/organizations", founders.get(i).token(), Map.of("name", name)));
		List<String> slugs = responses.stream().map((response) -> response.expect(201).get("slug").asString()).toList();
		String base = name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
		assertThat(slugs).doesNotHaveDuplicates().allSatisfy((slug) -> assertThat(slug).startsWith(base));
		assertThat(this.database.sql()
			.sql("select count(distinct slug) from belgie_organization where name = ?")
			.param(name)
			.query(Long.class)
			.single()).isEqualTo(RACERS);
	}

	/**
	 * Imported, as the other HTTP tests do, so that its bean name is not the starter's
	 * {@code invitationLinks}.
	 */
	@Configuration(proxyBeanMethods = false)
	@Import(InvitationLinks.class)
	static class WithInvitationLinks {

	}

	private SampleApi api(int i) {
		return this.apis.get(i % this.apis.size());
	}

	/** An organization of the owner's, one member short of the limit; returns its id. */
	private String organizationWithOneSeatLeft(TestUser owner) {
		String id = api(0).createOrganization(owner, "Nearly full").get("id").asString();
		for (int members = 1; members < MEMBERSHIP_LIMIT - 1; members++) {
			api(members).addMember(owner, id, api(members).signUp("Sam"), "member");
		}
		return id;
	}

	/** The token of the e-mailed link of an invitation sent through instance 1. */
	private String linkToken(String invitationId) {
		return this.instances.get(1).getBean(InvitationLinks.class).tokenOf(invitationId);
	}

	private List<TestUser> signUp(int count, String name) {
		List<TestUser> users = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			users.add(api(i).signUp(name));
		}
		return users;
	}

	/**
	 * Sends {@link #RACERS} requests at once, request {@code i} to instance
	 * {@code i % 2}.
	 */
	private List<ApiResponse> race(IntFunction<ApiResponse> request) {
		CountDownLatch start = new CountDownLatch(1);
		List<Future<ApiResponse>> futures = new ArrayList<>();
		for (int i = 0; i < RACERS; i++) {
			int racer = i;
			futures.add(this.executor.submit(() -> {
				start.await();
				return request.apply(racer);
			}));
		}
		start.countDown();
		return futures.stream().map((future) -> {
			try {
				return future.get();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private static void assertOneWonAndTheRestGot(List<ApiResponse> responses, int won, int status, String code) {
		assertThat(responses.stream().filter((response) -> response.status() == won))
			.as("winners among %s", responses.stream().map(ApiResponse::text).toList())
			.hasSize(1);
		responses.stream()
			.filter((response) -> response.status() != won)
			.forEach((response) -> response.expectProblem(status, code));
	}

	private long memberCount(String organizationId) {
		return this.database.sql()
			.sql("select count(*) from belgie_member where organization_id = ?")
			.param(UUID.fromString(organizationId))
			.query(Long.class)
			.single();
	}

	private long membershipsOf(TestUser user) {
		return this.database.sql()
			.sql("select count(*) from belgie_member where user_id = ?")
			.param(user.id())
			.query(Long.class)
			.single();
	}

}
