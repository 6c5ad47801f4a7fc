package dev.belgie.organization.autoconfigure.actuate;

import java.util.Map;

/**
 * Totals shown by the {@code organizations} Actuator endpoint. Every bean of this type
 * contributes its entries, in bean order; a module (teams, the e-mail outbox, an
 * application's own organization-owned data) adds its totals by defining one. Each total
 * should cost one query, whatever the size of the data.
 */
@FunctionalInterface
public interface OrganizationStatistics {

	/** Entries to show, such as {@code "organizations" -> 12}; empty to show nothing. */
	Map<String, Object> totals();

}
