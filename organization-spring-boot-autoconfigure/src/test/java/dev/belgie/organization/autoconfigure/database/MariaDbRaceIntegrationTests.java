package dev.belgie.organization.autoconfigure.database;

import dev.belgie.organization.testsupport.MariaDbTest;

/** {@link RaceIntegrationTests} on MariaDB. */
@MariaDbTest
class MariaDbRaceIntegrationTests extends RaceIntegrationTests {

}
