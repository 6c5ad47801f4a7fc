package dev.belgie.sample;

/** The audit log route on the sample app's embedded H2 database. */
class H2AuditLogApiIntegrationTests extends AuditLogApiIntegrationTests {

}
