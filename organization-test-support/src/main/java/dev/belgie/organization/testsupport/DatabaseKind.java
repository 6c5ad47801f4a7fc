package dev.belgie.organization.testsupport;

/** The databases the starter's tests run on. */
public enum DatabaseKind {

	/** An embedded in-memory H2 database: the default of every database test. */
	H2("H2", null),

	/** A PostgreSQL server, from {@code BELGIE_TEST_POSTGRES_URL} or Testcontainers. */
	POSTGRESQL("PostgreSQL", "BELGIE_TEST_POSTGRES_URL"),

	/** A MariaDB server, from {@code BELGIE_TEST_MARIADB_URL} or Testcontainers. */
	MARIADB("MariaDB", "BELGIE_TEST_MARIADB_URL");

	private final String product;

	private final String urlVariable;

	DatabaseKind(String product, String urlVariable) {
		this.product = product;
		this.urlVariable = urlVariable;
	}

	/**
	 * The product's name, for messages.
	 * @return the name
	 */
	public String product() {
		return this.product;
	}

	/**
	 * The environment variable that holds the JDBC URL of a server to use.
	 * @return the variable's name, {@code null} for H2
	 */
	public String urlVariable() {
		return this.urlVariable;
	}

}
