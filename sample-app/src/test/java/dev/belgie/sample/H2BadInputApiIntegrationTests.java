package dev.belgie.sample;

/** Hostile input on the sample app's embedded H2 database. */
class H2BadInputApiIntegrationTests extends BadInputApiIntegrationTests {

}
