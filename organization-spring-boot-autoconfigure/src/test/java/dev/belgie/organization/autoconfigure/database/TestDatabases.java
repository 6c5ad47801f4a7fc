package dev.belgie.organization.autoconfigure.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.mariadb.MariaDBContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The databases of the persistence tests. Which server is used:
 * <ol>
 * <li>{@code BELGIE_TEST_POSTGRES_URL} / {@code BELGIE_TEST_MARIADB_URL}, when set: a
 * JDBC URL of a server to use, credentials in the URL, for example
 * {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres} and
 * {@code jdbc:mariadb://127.0.0.1:3306/test?user=root} (the user must be allowed to
 * create schemas or databases);</li>
 * <li>else, when Docker is available, a Testcontainers container, one per JVM;</li>
 * <li>else the test fails when {@code CI=true}, and is skipped otherwise.</li>
 * </ol>
 * Servers are shared by concurrent test runs and the schema evolves, so every test class
 * works in a schema (PostgreSQL) or database (MariaDB) of its own,
 * {@code belgie_t_<random>}, dropped when it closes.
 */
public final class TestDatabases {

	static final String POSTGRES_URL = "BELGIE_TEST_POSTGRES_URL";

	static final String MARIADB_URL = "BELGIE_TEST_MARIADB_URL";

	private static final Pattern MARIADB_DATABASE = Pattern.compile("^(jdbc:mariadb://[^/?]+)(/[^?]*)?(\\?.*)?$");

	private static PostgreSQLContainer postgresContainer;

	private static MariaDBContainer mariadbContainer;

	private TestDatabases() {
	}

	/** A fresh in-memory H2 database, gone when its last connection closes. */
	public static TestDatabase h2() {
		String name = uniqueName();
		return new TestDatabase("h2", "jdbc:h2:mem:" + name, "sa", "", "PUBLIC", () -> {
		});
	}

	/**
	 * A fresh schema in a PostgreSQL server, selected with {@code currentSchema} in the
	 * URL.
	 */
	public static TestDatabase postgresql() {
		Server server = server(POSTGRES_URL, "PostgreSQL", TestDatabases::postgresContainer);
		String schema = uniqueName();
		server.execute("create schema " + schema);
		String url = server.url() + (server.url().contains("?") ? "&" : "?") + "currentSchema=" + schema;
		return new TestDatabase("postgresql", url, server.username(), server.password(), schema,
				() -> server.execute("drop schema if exists " + schema + " cascade"));
	}

	/** A fresh database in a MariaDB server, named in the URL's path. */
	public static TestDatabase mariadb() {
		Server server = server(MARIADB_URL, "MariaDB", TestDatabases::mariadbContainer);
		String database = uniqueName();
		Matcher matcher = MARIADB_DATABASE.matcher(server.url());
		if (!matcher.matches()) {
			throw new IllegalStateException("Not a MariaDB JDBC URL: " + server.url());
		}
		server.execute("create database " + database);
		String url = matcher.group(1) + "/" + database + ((matcher.group(3) != null) ? matcher.group(3) : "");
		return new TestDatabase("mariadb", url, server.username(), server.password(), database,
				() -> server.execute("drop database if exists " + database));
	}

	private static Server server(String variable, String product, java.util.function.Supplier<Server> container) {
		String url = System.getenv(variable);
		if (url != null && !url.isBlank()) {
			return new Server(url.trim(), null, null);
		}
		if (DockerClientFactory.instance().isDockerAvailable()) {
			return container.get();
		}
		String reason = "No " + product + " for the database tests: set " + variable
				+ " to a JDBC URL (with credentials) or make Docker available";
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new IllegalStateException(reason + " (CI=true, so this is a failure, not a skip)");
		}
		Assumptions.abort(reason);
		throw new IllegalStateException(reason);
	}

	private static synchronized Server postgresContainer() {
		if (postgresContainer == null) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
			container.start();
			postgresContainer = container;
		}
		return Server.of(postgresContainer);
	}

	private static synchronized Server mariadbContainer() {
		if (mariadbContainer == null) {
			// root, so that the tests may create a database of their own
			MariaDBContainer container = new MariaDBContainer("mariadb:11.4").withUsername("root");
			container.start();
			mariadbContainer = container;
		}
		return Server.of(mariadbContainer);
	}

	private static String uniqueName() {
		return "belgie_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
	}

	/**
	 * A server to connect to; {@code username} and {@code password} are null when the URL
	 * holds them.
	 */
	private record Server(String url, String username, String password) {

		static Server of(JdbcDatabaseContainer<?> container) {
			return new Server(container.getJdbcUrl(), container.getUsername(), container.getPassword());
		}

		void execute(String sql) {
			Properties properties = new Properties();
			if (this.username != null) {
				properties.setProperty("user", this.username);
			}
			if (this.password != null) {
				properties.setProperty("password", this.password);
			}
			try (Connection connection = DriverManager.getConnection(this.url, properties);
					Statement statement = connection.createStatement()) {
				statement.execute(sql);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not run '" + sql + "' on " + this.url, ex);
			}
		}

	}

}
