package dev.belgie.organization.organization;

/** An organization was deleted with its members and invitations. */
public record OrganizationDeletedEvent(Organization organization) {
}
