package dev.belgie.sample;

import org.junit.jupiter.api.AfterAll;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The audit log route on PostgreSQL, in a schema of its own. */
@DirtiesContext
class PostgresAuditLogApiIntegrationTests extends AuditLogApiIntegrationTests {

	private static final PostgresTestSchema schema = new PostgresTestSchema();

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		schema.register(registry);
	}

	@AfterAll
	static void dropSchema() {
		schema.drop();
	}

}
