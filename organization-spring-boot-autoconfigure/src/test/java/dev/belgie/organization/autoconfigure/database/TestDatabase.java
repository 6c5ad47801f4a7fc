package dev.belgie.organization.autoconfigure.database;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A database of its own for one test class: a fresh PostgreSQL schema, MariaDB database
 * or H2 in-memory database, dropped by {@link #close()}. Obtained from
 * {@link TestDatabases}.
 */
public final class TestDatabase implements AutoCloseable {

	private final String name;

	private final String url;

	private final String username;

	private final String password;

	private final String schema;

	private final Runnable drop;

	TestDatabase(String name, String url, String username, String password, String schema, Runnable drop) {
		this.name = name;
		this.url = url;
		this.username = username;
		this.password = password;
		this.schema = schema;
		this.drop = drop;
	}

	/** The kind of database: {@code h2}, {@code postgresql} or {@code mariadb}. */
	String name() {
		return this.name;
	}

	String url() {
		return this.url;
	}

	/** The schema (PostgreSQL, H2) or database (MariaDB) the tables are created in. */
	String schema() {
		return this.schema;
	}

	/** The {@code spring.datasource.*} properties that connect to this database. */
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

	@Override
	public void close() {
		this.drop.run();
	}

	@Override
	public String toString() {
		return this.name + " " + this.schema;
	}

}
