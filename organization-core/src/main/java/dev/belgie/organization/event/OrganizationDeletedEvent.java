package dev.belgie.organization.event;

import dev.belgie.organization.Organization;

/** An organization was deleted with its members and invitations. */
public record OrganizationDeletedEvent(Organization organization) {
}
