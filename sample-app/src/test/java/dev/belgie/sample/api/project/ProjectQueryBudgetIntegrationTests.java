package dev.belgie.sample.api.project;

import dev.belgie.organization.organization.OrganizationSummary;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import dev.belgie.organization.OrganizationService;
import dev.belgie.organization.testsupport.StatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQL statements of "every project I may see" and of the organization listing with
 * project counts, counted at the JDBC level ({@link StatementCounter}): the same for a
 * user in 2 or in 500 organizations. The data is seeded with JDBC before the count
 * starts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ProjectQueryBudgetIntegrationTests.Counting.class)
class ProjectQueryBudgetIntegrationTests {

	@TestConfiguration(proxyBeanMethods = false)
	static class Counting {

		@Bean
		static StatementCounter statementCounter() {
			return new StatementCounter();
		}

	}

	@Autowired
	private ProjectRepository projects;

	@Autowired
	private OrganizationService organizations;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ProjectCounter counter;

	@Test
	void visibleProjectsAreOneStatementWhateverTheNumberOfOrganizations() {
		String few = seedUserIn(2);
		String many = seedUserIn(500);

		List<Project> small = measured(() -> this.projects.findAllVisibleTo(few, Sort.by("createdAt", "id")));
		long smallCount = StatementCounter.count();
		List<Project> large = measured(() -> this.projects.findAllVisibleTo(many, Sort.by("createdAt", "id")));
		long largeCount = StatementCounter.count();

		assertThat(small).hasSize(4);
		assertThat(large).hasSize(1000);
		assertThat(smallCount).isEqualTo(largeCount).isEqualTo(1);
	}

	@Test
	void theListingWithProjectCountsIsOneStatementWhateverTheNumberOfOrganizations() {
		String few = seedUserIn(2);
		String many = seedUserIn(500);

		List<OrganizationSummary> small = measured(() -> this.organizations.onBehalfOf(few).forIndividual());
		long smallCount = StatementCounter.count();
		List<OrganizationSummary> large = measured(() -> this.organizations.onBehalfOf(many).forIndividual());
		long largeCount = StatementCounter.count();

		assertThat(small).hasSize(2).allSatisfy((summary) -> {
			assertThat(summary.counts()).containsEntry("projectCount", 2L);
			assertThat(summary.memberCount()).isEqualTo(2);
		});
		assertThat(large).hasSize(500).allSatisfy((summary) -> {
			assertThat(summary.counts()).containsEntry("projectCount", 2L);
			assertThat(summary.memberCount()).isEqualTo(2);
		});
		// the summaries with role, member count and project count (the counter's SQL) in
		// one statement
		assertThat(smallCount).isEqualTo(largeCount).isEqualTo(1);
	}

	@Test
	void theCounterCountsTheSameInItsOwnStatement() {
		String user = seedUserIn(3);

		assertThat(this.counter.countFor(user)).hasSize(3)
			.allSatisfy((organization, count) -> assertThat(count).isEqualTo(2));
	}

	private <T> T measured(Supplier<T> call) {
		StatementCounter.reset();
		return call.get();
	}

	/**
	 * A new user, admin of {@code count} new organizations, each with two projects and
	 * another member.
	 */
	private String seedUserIn(int count) {
		String userId = UUID.randomUUID().toString();
		Timestamp now = Timestamp.from(Instant.parse("2026-01-15T10:00:00Z"));
		List<Object[]> organizations = new ArrayList<>();
		List<Object[]> members = new ArrayList<>();
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			UUID id = UUID.randomUUID();
			organizations.add(new Object[] { id, "Seeded " + i, "seeded-" + id, now, now });
			members.add(new Object[] { UUID.randomUUID(), id, userId, userId + "@example.com", "User", "admin", now,
					now, false });
			String other = UUID.randomUUID().toString();
			members.add(new Object[] { UUID.randomUUID(), id, other, other + "@example.com", "Other", "owner", now, now,
					true });
			rows.add(new Object[] { UUID.randomUUID(), id, "P1", now });
			rows.add(new Object[] { UUID.randomUUID(), id, "P2", now });
		}
		this.jdbc.batchUpdate("insert into belgie_organization (id, name, slug, created_at, updated_at, member_count) "
				+ "values (?, ?, ?, ?, ?, 2)", organizations);
		this.jdbc.batchUpdate("insert into belgie_member (id, organization_id, user_id, email, name, role, created_at, "
				+ "updated_at, owner) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", members);
		this.jdbc.batchUpdate("insert into project (id, organization_id, name, created_at) values (?, ?, ?, ?)", rows);
		return userId;
	}

}
