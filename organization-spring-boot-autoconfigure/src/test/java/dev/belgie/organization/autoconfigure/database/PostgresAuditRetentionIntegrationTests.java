package dev.belgie.organization.autoconfigure.database;

class PostgresAuditRetentionIntegrationTests extends AuditRetentionIntegrationTests {

	@Override
	TestDatabase createDatabase() {
		return TestDatabases.postgresql();
	}

}
