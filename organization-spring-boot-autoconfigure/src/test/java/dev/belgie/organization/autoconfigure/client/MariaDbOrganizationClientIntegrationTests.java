package dev.belgie.organization.autoconfigure.client;

import dev.belgie.organization.autoconfigure.database.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The rules of {@link OrganizationClientIntegrationTests} on MariaDB. */
class MariaDbOrganizationClientIntegrationTests extends OrganizationClientIntegrationTests {

	private static final ExternalDatabase database = new ExternalDatabase();

	@BeforeAll
	static void createDatabase() {
		database.create(TestDatabases::mariadb);
	}

	@AfterAll
	static void dropDatabase() {
		database.drop();
	}

	@DynamicPropertySource
	static void databaseProperties(DynamicPropertyRegistry registry) {
		database.register(registry);
	}

}
