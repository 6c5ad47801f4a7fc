package dev.belgie.organization.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database of its own for one test class or application context: a fresh PostgreSQL
 * schema, MariaDB database or H2 in-memory database, dropped by {@link #close()}.
 * Obtained from {@link TestDatabases}.
 */
public final class TestDatabase implements AutoCloseable {

	private final DatabaseKind kind;

	private final String url;

	private final String username;

	private final String password;

	private final String schema;

	private final Runnable drop;

	TestDatabase(DatabaseKind kind, String url, String username, String password, String schema, Runnable drop) {
		this.kind = kind;
		this.url = url;
		this.username = username;
		this.password = password;
		this.schema = schema;
		this.drop = drop;
	}

	/**
	 * The kind of database.
	 * @return the kind
	 */
	public DatabaseKind kind() {
		return this.kind;
	}

	/**
	 * The JDBC URL of this database (credentials in it for a server from the
	 * environment).
	 * @return the URL
	 */
	public String url() {
		return this.url;
	}

	/**
	 * The schema (PostgreSQL, H2) or database (MariaDB) the tables are created in.
	 * @return its name
	 */
	public String schema() {
		return this.schema;
	}

	/**
	 * The {@code spring.datasource.*} properties that connect to this database.
	 * @return the properties, in order
	 */
	public Map<String, Object> dataSourceProperties() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("spring.datasource.url", this.url);
		if (this.username != null) {
			properties.put("spring.datasource.username", this.username);
		}
		if (this.password != null) {
			properties.put("spring.datasource.password", this.password);
		}
		return properties;
	}

	/**
	 * The same properties as command-line arguments, which outrank an application's
	 * {@code application.yml}.
	 * @return the arguments
	 */
	public String[] dataSourceArguments() {
		return dataSourceProperties().entrySet()
			.stream()
			.map((property) -> "--" + property.getKey() + "=" + property.getValue())
			.toArray(String[]::new);
	}

	/**
	 * An unpooled data source on this database, for a test's own SQL.
	 * @return the data source
	 */
	public DataSource dataSource() {
		return new DriverManagerDataSource(this.url, this.username, this.password);
	}

	/**
	 * SQL on this database, to check what the application left in it.
	 * @return a client
	 */
	public JdbcClient sql() {
		return JdbcClient.create(dataSource());
	}

	@Override
	public void close() {
		this.drop.run();
	}

	@Override
	public String toString() {
		return this.kind.product() + " " + this.schema;
	}

}
