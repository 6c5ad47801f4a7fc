package dev.belgie.organization.autoconfigure.database;

import dev.belgie.organization.testsupport.PostgreSqlTest;

/** {@link RaceIntegrationTests} on PostgreSQL. */
@PostgreSqlTest
class PostgresRaceIntegrationTests extends RaceIntegrationTests {

}
