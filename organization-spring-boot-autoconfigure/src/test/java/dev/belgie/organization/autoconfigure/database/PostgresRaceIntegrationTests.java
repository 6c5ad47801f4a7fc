package dev.belgie.organization.autoconfigure.database;

class PostgresRaceIntegrationTests extends RaceIntegrationTests {

	@Override
	TestDatabase createDatabase() {
		return TestDatabases.postgresql();
	}

}
