package dev.belgie.sample;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Hostile input on PostgreSQL (which, unlike H2, refuses NUL in text): a schema of its
 * own in the server of {@code BELGIE_TEST_POSTGRES_URL}, dropped afterwards. Without that
 * variable the test is skipped, except under {@code CI=true}, where it fails.
 */
@DirtiesContext
class PostgresBadInputApiIntegrationTests extends BadInputApiIntegrationTests {

	private static final String SCHEMA = "belgie_t_"
			+ UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		String server = server();
		execute(server, "create schema " + SCHEMA);
		registry.add("spring.datasource.url",
				() -> server + (server.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
		registry.add("spring.datasource.username", () -> "");
		registry.add("spring.datasource.password", () -> "");
	}

	@AfterAll
	static void dropSchema() {
		String server = System.getenv("BELGIE_TEST_POSTGRES_URL");
		if (server != null && !server.isBlank()) {
			execute(server.trim(), "drop schema if exists " + SCHEMA + " cascade");
		}
	}

	private static String server() {
		String url = System.getenv("BELGIE_TEST_POSTGRES_URL");
		if (url == null || url.isBlank()) {
			String reason = "No PostgreSQL: set BELGIE_TEST_POSTGRES_URL to a JDBC URL with credentials";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				throw new IllegalStateException(reason + " (CI=true, so this is a failure, not a skip)");
			}
			Assumptions.abort(reason);
		}
		return url.trim();
	}

	private static void execute(String url, String sql) {
		try (Connection connection = DriverManager.getConnection(url);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not run '" + sql + "' on " + url, ex);
		}
	}

}
