package dev.belgie.organization.autoconfigure.database;

import dev.belgie.organization.testsupport.MariaDbTest;

/** {@link AuditRetentionIntegrationTests} on MariaDB. */
@MariaDbTest
class MariaDbAuditRetentionIntegrationTests extends AuditRetentionIntegrationTests {

}
