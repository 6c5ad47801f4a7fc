package dev.belgie.organization.organization;

import dev.belgie.organization.membership.Member;

/** An organization was created; {@code creator} is its first member. */
public record OrganizationCreatedEvent(Organization organization, Member creator) {
}
