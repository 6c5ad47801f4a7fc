package dev.belgie.organization.autoconfigure.client;

import dev.belgie.organization.testsupport.PostgreSqlTest;

/** The rules of {@link InvitationClientIntegrationTests} on PostgreSQL. */
@PostgreSqlTest
class PostgresInvitationClientIntegrationTests extends InvitationClientIntegrationTests {

}
