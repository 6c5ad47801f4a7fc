package dev.belgie.organization.autoconfigure.database;

class H2AuditRetentionIntegrationTests extends AuditRetentionIntegrationTests {

	@Override
	TestDatabase createDatabase() {
		return TestDatabases.h2();
	}

}
