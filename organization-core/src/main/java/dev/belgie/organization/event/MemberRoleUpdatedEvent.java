package dev.belgie.organization.event;

import dev.belgie.organization.Member;

/** A member's role changed from {@code previousRole} to {@code member.role()}. */
public record MemberRoleUpdatedEvent(Member member, String previousRole) {
}
