package dev.belgie.sample;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A schema of its own in the PostgreSQL server of {@code BELGIE_TEST_POSTGRES_URL} (a
 * JDBC URL with credentials), dropped on {@link #close()}. Without that variable the test
 * is skipped, except under {@code CI=true}, where it fails.
 */
final class SharedPostgres implements AutoCloseable {

	private final String url;

	private final JdbcClient server;

	private final String schema;

	private SharedPostgres(String serverUrl) {
		this.server = JdbcClient.create(new DriverManagerDataSource(serverUrl));
		this.schema = "belgie_t_"
				+ UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
		this.server.sql("create schema " + this.schema).update();
		this.url = serverUrl + (serverUrl.contains("?") ? "&" : "?") + "currentSchema=" + this.schema;
	}

	static SharedPostgres create() {
		String url = System.getenv("BELGIE_TEST_POSTGRES_URL");
		if (url == null || url.isBlank()) {
			String reason = "Set BELGIE_TEST_POSTGRES_URL to a PostgreSQL JDBC URL for the scale-out tests";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				throw new IllegalStateException(reason + " (CI=true, so this is a failure, not a skip)");
			}
			Assumptions.abort(reason);
		}
		return new SharedPostgres(url.trim());
	}

	/**
	 * The command-line arguments that connect an application to this schema; they outrank
	 * its {@code application.yml}, and the user and password come from the URL's
	 * {@code user} and {@code password}.
	 */
	String[] dataSourceArguments() {
		MultiValueMap<String, String> query = UriComponentsBuilder.fromUriString(this.url.substring("jdbc:".length()))
			.build()
			.getQueryParams();
		return new String[] { "--spring.datasource.url=" + this.url,
				"--spring.datasource.username=" + query.getFirst("user"),
				"--spring.datasource.password=" + Objects.requireNonNullElse(query.getFirst("password"), "") };
	}

	/** SQL in this schema, to check what the instances left in the database. */
	JdbcClient sql() {
		return JdbcClient.create(new DriverManagerDataSource(this.url));
	}

	@Override
	public void close() {
		this.server.sql("drop schema if exists " + this.schema + " cascade").update();
	}

}
