package dev.belgie.organization.event;

import dev.belgie.organization.Member;

/** A member left or was removed from an organization. */
public record MemberRemovedEvent(Member member) {
}
