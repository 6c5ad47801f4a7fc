package dev.belgie.organization.autoconfigure.database;

class PostgresPersistenceIntegrationTests extends PersistenceIntegrationTests {

	@Override
	TestDatabase createDatabase() {
		return TestDatabases.postgresql();
	}

}
