package dev.belgie.organization.autoconfigure.database;

import dev.belgie.organization.testsupport.MariaDbTest;

/** {@link PersistenceIntegrationTests} on MariaDB. */
@MariaDbTest
class MariaDbPersistenceIntegrationTests extends PersistenceIntegrationTests {

}
