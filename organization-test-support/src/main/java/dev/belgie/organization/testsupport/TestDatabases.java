package dev.belgie.organization.testsupport;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.mariadb.MariaDBContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * The databases of the tests. Which server is used:
 * <ol>
 * <li>{@code BELGIE_TEST_POSTGRES_URL} / {@code BELGIE_TEST_MARIADB_URL}, when set: a
 * JDBC URL of a server to use, credentials in the URL, for example
 * {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres} and
 * {@code jdbc:mariadb://127.0.0.1:3306/test?user=root} (the user must be allowed to
 * create schemas or databases);</li>
 * <li>else, when Docker is available, a Testcontainers container, one per JVM;</li>
 * <li>else none: the test class is skipped, or fails when {@code CI=true}
 * ({@link OnDatabase}).</li>
 * </ol>
 * Servers are shared by concurrent test runs and the schema evolves, so every test class
 * (or context) works in a schema (PostgreSQL) or database (MariaDB) of its own,
 * {@code belgie_t_<random>}, dropped when it closes.
 */
public final class TestDatabases {

	private static final Pattern MARIADB_DATABASE = Pattern.compile("^(jdbc:mariadb://[^/?]+)(/[^?]*)?(\\?.*)?$");

	private static PostgreSQLContainer postgresContainer;

	private static MariaDBContainer mariadbContainer;

	private TestDatabases() {
	}

	/**
	 * A fresh database of the kind the test class runs on: the {@link OnDatabase} of the
	 * class (or of a class it extends or is nested in), H2 without one.
	 * @param testClass the test class
	 * @return a fresh database
	 */
	public static TestDatabase forTestClass(Class<?> testClass) {
		return create(kindOf(testClass));
	}

	/**
	 * The kind of database a test class runs on.
	 * @param testClass the test class
	 * @return the kind of its {@link OnDatabase}, else {@link DatabaseKind#H2}
	 */
	public static DatabaseKind kindOf(Class<?> testClass) {
		OnDatabase onDatabase = TestContextAnnotationUtils.findMergedAnnotation(testClass, OnDatabase.class);
		return (onDatabase != null) ? onDatabase.value() : DatabaseKind.H2;
	}

	/**
	 * A fresh database of the given kind.
	 * @param kind the kind
	 * @return a fresh database
	 * @throws IllegalStateException when no server of that kind is available
	 */
	public static TestDatabase create(DatabaseKind kind) {
		return switch (kind) {
			case H2 -> h2();
			case POSTGRESQL -> postgresql();
			case MARIADB -> mariadb();
		};
	}

	/**
	 * A fresh in-memory H2 database, gone when its last connection closes.
	 * @return the database
	 */
	public static TestDatabase h2() {
		String name = uniqueName();
		return new TestDatabase(DatabaseKind.H2, "jdbc:h2:mem:" + name, "sa", "", "PUBLIC", () -> {
		});
	}

	/**
	 * A fresh schema in a PostgreSQL server, selected with {@code currentSchema} in the
	 * URL.
	 * @return the database
	 */
	public static TestDatabase postgresql() {
		Server server = server(DatabaseKind.POSTGRESQL, TestDatabases::postgresContainer);
		String schema = uniqueName();
		server.execute("create schema " + schema);
		String url = server.url() + (server.url().contains("?") ? "&" : "?") + "currentSchema=" + schema;
		return new TestDatabase(DatabaseKind.POSTGRESQL, url, server.username(), server.password(), schema,
				() -> server.execute("drop schema if exists " + schema + " cascade"));
	}

	/**
	 * A fresh database in a MariaDB server, named in the URL's path.
	 * @return the database
	 */
	public static TestDatabase mariadb() {
		Server server = server(DatabaseKind.MARIADB, TestDatabases::mariadbContainer);
		String database = uniqueName();
		Matcher matcher = MARIADB_DATABASE.matcher(server.url());
		if (!matcher.matches()) {
			throw new IllegalStateException("Not a MariaDB JDBC URL: " + server.url());
		}
		server.execute("create database " + database);
		String url = matcher.group(1) + "/" + database + ((matcher.group(3) != null) ? matcher.group(3) : "");
		return new TestDatabase(DatabaseKind.MARIADB, url, server.username(), server.password(), database,
				() -> server.execute("drop database if exists " + database));
	}

	/**
	 * Why no server of the given kind is available, if none is: neither its environment
	 * variable is set nor Docker runs.
	 * @param kind the kind
	 * @return the reason, empty when a server is available (or H2)
	 */
	public static Optional<String> unavailable(DatabaseKind kind) {
		if (kind == DatabaseKind.H2 || urlFromEnvironment(kind) != null
				|| DockerClientFactory.instance().isDockerAvailable()) {
			return Optional.empty();
		}
		return Optional.of("No " + kind.product() + " for the database tests: set " + kind.urlVariable()
				+ " to a JDBC URL (with credentials) or make Docker available");
	}

	/**
	 * Whether a missing database is a failure rather than a skip: {@code CI=true}.
	 * @return whether this runs under CI
	 */
	public static boolean isCi() {
		return "true".equalsIgnoreCase(System.getenv("CI"));
	}

	private static String urlFromEnvironment(DatabaseKind kind) {
		String url = System.getenv(kind.urlVariable());
		return (url != null && !url.isBlank()) ? url.trim() : null;
	}

	private static Server server(DatabaseKind kind, Supplier<Server> container) {
		String url = urlFromEnvironment(kind);
		if (url != null) {
			return Server.of(url);
		}
		Optional<String> unavailable = unavailable(kind);
		if (unavailable.isPresent()) {
			throw new IllegalStateException(unavailable.get());
		}
		return container.get();
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
	 * A server to connect to; from the environment, its user and password are those of
	 * the URL's {@code user} and {@code password}, so that they outrank an application's
	 * own {@code spring.datasource.username}.
	 */
	private record Server(String url, String username, String password) {

		private static final Pattern PARAMETER = Pattern.compile("[?&](user|password)=([^&]*)");

		static Server of(String url) {
			String username = null;
			String password = "";
			Matcher matcher = PARAMETER.matcher(url);
			while (matcher.find()) {
				String value = URLDecoder.decode(matcher.group(2), StandardCharsets.UTF_8);
				if (matcher.group(1).equals("user")) {
					username = value;
				}
				else {
					password = value;
				}
			}
			return new Server(url, username, password);
		}

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
