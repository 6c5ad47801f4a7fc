package dev.belgie.organization.autoconfigure.database;

import dev.belgie.organization.testsupport.PostgreSqlTest;

/** {@link PersistenceIntegrationTests} on PostgreSQL. */
@PostgreSqlTest
class PostgresPersistenceIntegrationTests extends PersistenceIntegrationTests {

}
