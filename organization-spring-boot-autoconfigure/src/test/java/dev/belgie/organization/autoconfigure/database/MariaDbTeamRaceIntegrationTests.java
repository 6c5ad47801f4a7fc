package dev.belgie.organization.autoconfigure.database;

import dev.belgie.organization.testsupport.MariaDbTest;

/** {@link TeamRaceIntegrationTests} on MariaDB. */
@MariaDbTest
class MariaDbTeamRaceIntegrationTests extends TeamRaceIntegrationTests {

}
