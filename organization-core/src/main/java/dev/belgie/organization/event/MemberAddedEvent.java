package dev.belgie.organization.event;

import java.util.UUID;

import dev.belgie.organization.Member;

/**
 * A user joined an organization (directly or by accepting an invitation), published in the joining
 * transaction. {@code teamId} names the team the member joins too, or is {@code null}.
 */
public record MemberAddedEvent(Member member, UUID teamId) {
}
