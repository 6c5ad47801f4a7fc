package dev.belgie.sample;

import dev.belgie.organization.testsupport.PostgreSqlTest;

import org.springframework.test.annotation.DirtiesContext;

/**
 * The audit log route of {@link AuditLogApiIntegrationTests} on PostgreSQL, on a schema
 * of its own. Its context serves no other class, so it is closed (and its schema dropped)
 * afterwards.
 */
@PostgreSqlTest
@DirtiesContext
class PostgresAuditLogApiIntegrationTests extends AuditLogApiIntegrationTests {

}
