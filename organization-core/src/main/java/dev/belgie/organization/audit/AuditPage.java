package dev.belgie.organization.audit;

import java.util.List;
import java.util.UUID;

/**
 * A page of an audit log, newest first.
 *
 * @param items the entries
 * @param next the {@code before} of the next page, or {@code null} when this is the last
 * one
 */
public record AuditPage(List<AuditEntry> items, UUID next) {

}
