package dev.belgie.organization.autoconfigure.mail;

import dev.belgie.organization.testsupport.MariaDbTest;

/** {@link InvitationOutboxDatabaseIntegrationTests} on MariaDB. */
@MariaDbTest
class MariaDbInvitationOutboxDatabaseIntegrationTests extends InvitationOutboxDatabaseIntegrationTests {

}
