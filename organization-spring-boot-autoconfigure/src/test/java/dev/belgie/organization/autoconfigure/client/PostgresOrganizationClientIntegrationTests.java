package dev.belgie.organization.autoconfigure.client;

import dev.belgie.organization.testsupport.PostgreSqlTest;

/** The rules of {@link OrganizationClientIntegrationTests} on PostgreSQL. */
@PostgreSqlTest
class PostgresOrganizationClientIntegrationTests extends OrganizationClientIntegrationTests {

}
