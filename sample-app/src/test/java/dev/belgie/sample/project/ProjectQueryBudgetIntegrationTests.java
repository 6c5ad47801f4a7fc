package dev.belgie.sample.project;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import dev.belgie.organization.OrganizationService;
import dev.belgie.organization.OrganizationSummary;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQL statements of "every project I may see" and of the organization listing with project counts,
 * counted with Hibernate's statistics: the same for a user in 2 or in 500 organizations. The data is seeded
 * with JDBC, which the statistics do not see.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.jpa.properties.hibernate.generate_statistics=true")
class ProjectQueryBudgetIntegrationTests {

	@Autowired
	private ProjectRepository projects;

	@Autowired
	private OrganizationService organizations;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Test
	void visibleProjectsAreOneStatementWhateverTheNumberOfOrganizations() {
		String few = seedUserIn(2);
		String many = seedUserIn(500);

		List<Project> small = measured(() -> this.projects.findAllVisibleTo(few, Sort.by("createdAt", "id")));
		long smallCount = statistics().getPrepareStatementCount();
		List<Project> large = measured(() -> this.projects.findAllVisibleTo(many, Sort.by("createdAt", "id")));
		long largeCount = statistics().getPrepareStatementCount();

		assertThat(small).hasSize(4);
		assertThat(large).hasSize(1000);
		assertThat(smallCount).isEqualTo(largeCount).isEqualTo(1);
	}

	@Test
	void theListingWithProjectCountsCostsOneStatementMoreWhateverTheNumberOfOrganizations() {
		String few = seedUserIn(2);
		String many = seedUserIn(500);

		List<OrganizationSummary> small = measured(() -> this.organizations.forUser(few));
		long smallCount = statistics().getPrepareStatementCount();
		List<OrganizationSummary> large = measured(() -> this.organizations.forUser(many));
		long largeCount = statistics().getPrepareStatementCount();

		assertThat(small).hasSize(2).allSatisfy((summary) -> assertThat(summary.counts()).containsEntry("projectCount", 2L));
		assertThat(large).hasSize(500)
			.allSatisfy((summary) -> assertThat(summary.counts()).containsEntry("projectCount", 2L));
		// the summaries with member counts, and one grouped count of projects
		assertThat(smallCount).isEqualTo(largeCount).isEqualTo(2);
	}

	private <T> T measured(Supplier<T> call) {
		statistics().clear();
		return call.get();
	}

	private Statistics statistics() {
		return this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
	}

	/** A new user, admin of {@code count} new organizations, each with two projects and another member. */
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
		this.jdbc.batchUpdate("insert into belgie_organization (id, name, slug, created_at, updated_at) values (?, ?, ?, ?, ?)",
				organizations);
		this.jdbc.batchUpdate("insert into belgie_member (id, organization_id, user_id, email, name, role, created_at, "
				+ "updated_at, owner) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", members);
		this.jdbc.batchUpdate("insert into project (id, organization_id, name, created_at) values (?, ?, ?, ?)", rows);
		return userId;
	}

}
