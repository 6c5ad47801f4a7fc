package dev.belgie.sample;

import org.junit.jupiter.api.AfterAll;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Hostile input on PostgreSQL (which, unlike H2, refuses NUL in text), in a schema of its
 * own ({@link PostgresTestSchema}).
 */
@DirtiesContext
class PostgresBadInputApiIntegrationTests extends BadInputApiIntegrationTests {

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
