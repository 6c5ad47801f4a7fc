package dev.belgie.organization.team;

/** A team member's team role changed. Published in the change's transaction. */
public record TeamMemberRoleUpdatedEvent(TeamMember member, String previousRole) {
}
