package dev.belgie.organization.autoconfigure.database;

import dev.belgie.organization.testsupport.PostgreSqlTest;

/** {@link TeamRaceIntegrationTests} on PostgreSQL. */
@PostgreSqlTest
class PostgresTeamRaceIntegrationTests extends TeamRaceIntegrationTests {

}
