package dev.belgie.organization.autoconfigure.database;

import java.util.Map;

import dev.belgie.organization.testsupport.OnDatabase;
import dev.belgie.organization.testsupport.TestDatabase;
import dev.belgie.organization.testsupport.TestDatabases;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application of a database test class: started once on a fresh {@link TestDatabase}
 * of the class's {@link OnDatabase} (H2 without one), closed with it.
 */
final class DatabaseApplication implements AutoCloseable {

	private final TestDatabase database;

	private final ConfigurableApplicationContext context;

	private DatabaseApplication(TestDatabase database, ConfigurableApplicationContext context) {
		this.database = database;
		this.context = context;
	}

	static DatabaseApplication start(Class<?> testClass, Map<String, Object> properties) {
		TestDatabase database = TestDatabases.forTestClass(testClass);
		try {
			return new DatabaseApplication(database, OrganizationDatabaseContext.start(database, properties));
		}
		catch (RuntimeException ex) {
			database.close();
			throw ex;
		}
	}

	ConfigurableApplicationContext context() {
		return this.context;
	}

	TestDatabase database() {
		return this.database;
	}

	@Override
	public void close() {
		this.context.close();
		this.database.close();
	}

}
