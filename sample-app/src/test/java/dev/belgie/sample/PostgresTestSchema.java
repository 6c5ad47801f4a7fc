package dev.belgie.sample;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A schema of its own in the PostgreSQL server of {@code BELGIE_TEST_POSTGRES_URL}, for
 * one test class: created when its properties are registered, dropped afterwards. Without
 * that variable the test is skipped, except under {@code CI=true}, where it fails.
 */
final class PostgresTestSchema {

	private static final String VARIABLE = "BELGIE_TEST_POSTGRES_URL";

	private final String schema = "belgie_t_"
			+ UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);

	/** Creates the schema and points the application's data source at it. */
	void register(DynamicPropertyRegistry registry) {
		String server = server();
		execute(server, "create schema " + this.schema);
		registry.add("spring.datasource.url",
				() -> server + (server.contains("?") ? "&" : "?") + "currentSchema=" + this.schema);
		registry.add("spring.datasource.username", () -> "");
		registry.add("spring.datasource.password", () -> "");
	}

	void drop() {
		String server = System.getenv(VARIABLE);
		if (server != null && !server.isBlank()) {
			execute(server.trim(), "drop schema if exists " + this.schema + " cascade");
		}
	}

	private static String server() {
		String url = System.getenv(VARIABLE);
		if (url == null || url.isBlank()) {
			String reason = "No PostgreSQL: set " + VARIABLE + " to a JDBC URL with credentials";
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
