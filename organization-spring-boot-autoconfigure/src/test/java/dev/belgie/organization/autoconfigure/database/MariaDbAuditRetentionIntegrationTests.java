package dev.belgie.organization.autoconfigure.database;

class MariaDbAuditRetentionIntegrationTests extends AuditRetentionIntegrationTests {

	@Override
	TestDatabase createDatabase() {
		return TestDatabases.mariadb();
	}

}
