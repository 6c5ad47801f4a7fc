package dev.belgie.organization.membership;

/** A member left or was removed from an organization. */
public record MemberRemovedEvent(Member member) {
}
