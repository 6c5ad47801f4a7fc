package dev.belgie.organization.autoconfigure.database;

import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Assumptions;
import org.opentest4j.TestAbortedException;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application of a database test class: started once on a fresh {@link TestDatabase},
 * closed with it. When the database is not available, each test is reported as skipped
 * (or, under {@code CI=true}, the class fails).
 */
final class DatabaseApplication implements AutoCloseable {

	private TestDatabase database;

	/** Why the database is not available, when it is not. */
	private String unavailable;

	private ConfigurableApplicationContext context;

	static DatabaseApplication start(Supplier<TestDatabase> databases, Map<String, Object> properties) {
		DatabaseApplication application = new DatabaseApplication();
		try {
			application.database = databases.get();
		}
		catch (TestAbortedException ex) {
			// skipped: reported on each test, where build tools show it
			application.unavailable = ex.getMessage();
			return application;
		}
		try {
			application.context = OrganizationDatabaseContext.start(application.database, properties);
		}
		catch (RuntimeException ex) {
			application.database.close();
			throw ex;
		}
		return application;
	}

	/** Skips the calling test when the database is not available. */
	void requireDatabase() {
		Assumptions.assumeTrue(this.unavailable == null, this.unavailable);
	}

	boolean isRunning() {
		return this.context != null;
	}

	ConfigurableApplicationContext context() {
		return this.context;
	}

	TestDatabase database() {
		return this.database;
	}

	@Override
	public void close() {
		if (this.context != null) {
			this.context.close();
		}
		if (this.database != null) {
			this.database.close();
		}
	}

}
