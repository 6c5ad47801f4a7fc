package dev.belgie.organization.autoconfigure.database;

class MariaDbRaceIntegrationTests extends RaceIntegrationTests {

	@Override
	TestDatabase createDatabase() {
		return TestDatabases.mariadb();
	}

}
