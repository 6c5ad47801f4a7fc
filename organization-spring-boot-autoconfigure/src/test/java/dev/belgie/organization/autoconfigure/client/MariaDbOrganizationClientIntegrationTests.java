package dev.belgie.organization.autoconfigure.client;

import dev.belgie.organization.testsupport.MariaDbTest;

/** The rules of {@link OrganizationClientIntegrationTests} on MariaDB. */
@MariaDbTest
class MariaDbOrganizationClientIntegrationTests extends OrganizationClientIntegrationTests {

}
