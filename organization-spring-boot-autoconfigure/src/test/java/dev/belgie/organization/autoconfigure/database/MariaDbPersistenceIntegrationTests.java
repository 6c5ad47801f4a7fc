package dev.belgie.organization.autoconfigure.database;

class MariaDbPersistenceIntegrationTests extends PersistenceIntegrationTests {

	@Override
	TestDatabase createDatabase() {
		return TestDatabases.mariadb();
	}

}
