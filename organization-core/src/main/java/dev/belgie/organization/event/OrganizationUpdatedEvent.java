package dev.belgie.organization.event;

import dev.belgie.organization.Organization;

/** An organization's name, slug, logo, metadata or domain changed. */
public record OrganizationUpdatedEvent(Organization organization) {
}
