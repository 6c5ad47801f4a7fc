package dev.belgie.organization.organization;

/** An organization's name, slug, logo, metadata or domain changed. */
public record OrganizationUpdatedEvent(Organization organization) {
}
