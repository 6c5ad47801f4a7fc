package dev.belgie.sample;

import dev.belgie.organization.testsupport.PostgreSqlTest;

import org.springframework.test.annotation.DirtiesContext;

/**
 * Hostile input on PostgreSQL (which, unlike H2, refuses NUL in text): the rules of
 * {@link BadInputApiIntegrationTests} on a schema of its own. Its context serves no other
 * class, so it is closed (and its schema dropped) afterwards.
 */
@PostgreSqlTest
@DirtiesContext
class PostgresBadInputApiIntegrationTests extends BadInputApiIntegrationTests {

}
