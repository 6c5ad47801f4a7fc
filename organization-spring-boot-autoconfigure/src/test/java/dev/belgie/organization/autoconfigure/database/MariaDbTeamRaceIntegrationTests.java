package dev.belgie.organization.autoconfigure.database;

class MariaDbTeamRaceIntegrationTests extends TeamRaceIntegrationTests {

	@Override
	TestDatabase createDatabase() {
		return TestDatabases.mariadb();
	}

}
