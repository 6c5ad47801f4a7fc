package dev.belgie.organization.membership;

import java.util.UUID;

/**
 * A user joined an organization (directly or by accepting an invitation), published in
 * the joining transaction. {@code teamId} names the team the member joins too, or is
 * {@code null}.
 */
public record MemberAddedEvent(Member member, UUID teamId) {
}
