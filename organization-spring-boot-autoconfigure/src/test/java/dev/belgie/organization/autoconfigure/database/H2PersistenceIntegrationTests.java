package dev.belgie.organization.autoconfigure.database;

class H2PersistenceIntegrationTests extends PersistenceIntegrationTests {

	@Override
	TestDatabase createDatabase() {
		return TestDatabases.h2();
	}

}
