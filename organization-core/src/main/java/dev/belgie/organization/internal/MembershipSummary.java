package dev.belgie.organization.internal;


/**
 * One of a user's organizations with the user's role in it and its member count, read in one query.
 */
public record MembershipSummary(OrganizationEntity organization, String role, long memberCount) {
}
