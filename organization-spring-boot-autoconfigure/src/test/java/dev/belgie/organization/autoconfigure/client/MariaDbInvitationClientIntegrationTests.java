package dev.belgie.organization.autoconfigure.client;

import dev.belgie.organization.testsupport.MariaDbTest;

/** The rules of {@link InvitationClientIntegrationTests} on MariaDB. */
@MariaDbTest
class MariaDbInvitationClientIntegrationTests extends InvitationClientIntegrationTests {

}
