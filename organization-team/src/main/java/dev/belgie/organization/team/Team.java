package dev.belgie.organization.team;

import java.time.Instant;
import java.util.UUID;

/**
 * A team of an organization.
 *
 * @param memberCount how many members the team has
 */
public record Team(UUID id, UUID organizationId, String name, long memberCount, Instant createdAt) {
}
