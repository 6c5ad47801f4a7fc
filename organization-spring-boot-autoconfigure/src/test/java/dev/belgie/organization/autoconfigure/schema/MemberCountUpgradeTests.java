package dev.belgie.organization.autoconfigure.schema;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Upgrading a database that release 0.2.0 made: release 0.3.0 adds the kept member count
 * and fills it from the rows already there.
 */
class MemberCountUpgradeTests {

	@Test
	void theUpgradeCountsTheMembersOfExistingOrganizations() throws Exception {
		DataSource dataSource = new SimpleDriverDataSource(new org.h2.Driver(),
				"jdbc:h2:mem:upgrade-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		apply(dataSource, "classpath:db/changelog/organization/db.changelog-0.2.0.xml");
		UUID three = organization(jdbc, "three");
		UUID none = organization(jdbc, "none");
		for (int i = 0; i < 3; i++) {
			member(jdbc, three, "user-" + i);
		}

		OrganizationSchemaInitializer initializer = new OrganizationSchemaInitializer(dataSource, List.of());
		initializer.setResourceLoader(new DefaultResourceLoader());
		initializer.afterPropertiesSet();

		assertThat(
				jdbc.queryForObject("select member_count from belgie_organization where id = ?", Integer.class, three))
			.isEqualTo(3);
		assertThat(
				jdbc.queryForObject("select member_count from belgie_organization where id = ?", Integer.class, none))
			.isZero();
		assertThat(jdbc.queryForList(
				"select id from belgie_databasechangelog where id like '0.3.0-%' order by orderexecuted", String.class))
			.containsExactly("0.3.0-organization-member-count", "0.3.0-member-page-index");
	}

	private static void apply(DataSource dataSource, String changelog) throws Exception {
		SpringLiquibase liquibase = new SpringLiquibase();
		liquibase.setDataSource(dataSource);
		liquibase.setChangeLog(changelog);
		liquibase.setDatabaseChangeLogTable(OrganizationSchemaInitializer.CHANGELOG_TABLE);
		liquibase.setDatabaseChangeLogLockTable(OrganizationSchemaInitializer.CHANGELOG_LOCK_TABLE);
		liquibase.setResourceLoader(new DefaultResourceLoader());
		liquibase.afterPropertiesSet();
	}

	private static UUID organization(JdbcTemplate jdbc, String slug) {
		UUID id = UUID.randomUUID();
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.update("insert into belgie_organization (id, name, slug, created_at, updated_at) values (?, ?, ?, ?, ?)",
				id, slug, slug, now, now);
		return id;
	}

	private static void member(JdbcTemplate jdbc, UUID organizationId, String userId) {
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.update("insert into belgie_member (id, organization_id, user_id, role, created_at, updated_at) "
				+ "values (?, ?, ?, 'member', ?, ?)", UUID.randomUUID(), organizationId, userId, now, now);
	}

}
