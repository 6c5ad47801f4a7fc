/**
 * The test kit of the organization starter, for an application's own tests:
 * {@link dev.belgie.organization.test.WithOrganizationMember} and
 * {@link dev.belgie.organization.test.OrganizationTestSecurity} run a test as a member
 * with roles, {@link dev.belgie.organization.test.OrganizationFixtures} make
 * organizations with members in one line, and
 * {@link dev.belgie.organization.test.RecordInvitationEmails} records invitation e-mails.
 */
package dev.belgie.organization.test;
