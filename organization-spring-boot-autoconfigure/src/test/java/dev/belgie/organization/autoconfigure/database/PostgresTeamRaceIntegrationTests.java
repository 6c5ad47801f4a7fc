package dev.belgie.organization.autoconfigure.database;

class PostgresTeamRaceIntegrationTests extends TeamRaceIntegrationTests {

	@Override
	TestDatabase createDatabase() {
		return TestDatabases.postgresql();
	}

}
