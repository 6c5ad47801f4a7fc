package dev.belgie.organization.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One entry of an organization's audit log.
 *
 * @param id the entry's id (the {@code before} of a page that ends with it)
 * @param organizationId the organization the change belongs to
 * @param at when the change was made
 * @param action what was done ({@code member.removed}, ...)
 * @param actor who did it
 * @param target what it was done to
 * @param details what changed (before and after for updates), never a secret
 */
public record AuditEntry(UUID id, UUID organizationId, Instant at, String action, AuditActor actor, AuditTarget target,
		Map<String, Object> details) {

}
