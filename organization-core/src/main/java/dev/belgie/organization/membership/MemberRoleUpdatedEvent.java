package dev.belgie.organization.membership;

/** A member's role changed from {@code previousRole} to {@code member.role()}. */
public record MemberRoleUpdatedEvent(Member member, String previousRole) {
}
