package dev.belgie.organization.event;

import dev.belgie.organization.Member;
import dev.belgie.organization.Organization;

/** An organization was created; {@code creator} is its first member. */
public record OrganizationCreatedEvent(Organization organization, Member creator) {
}
