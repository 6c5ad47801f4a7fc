package dev.belgie.organization.autoconfigure.database;

import dev.belgie.organization.testsupport.PostgreSqlTest;

/** {@link AuditRetentionIntegrationTests} on PostgreSQL. */
@PostgreSqlTest
class PostgresAuditRetentionIntegrationTests extends AuditRetentionIntegrationTests {

}
