package dev.belgie.organization.autoconfigure.mail;

import dev.belgie.organization.testsupport.PostgreSqlTest;

/** {@link InvitationOutboxDatabaseIntegrationTests} on PostgreSQL. */
@PostgreSqlTest
class PostgresInvitationOutboxDatabaseIntegrationTests extends InvitationOutboxDatabaseIntegrationTests {

}
