package dev.belgie.organization.autoconfigure.schema;

import java.util.Objects;

/**
 * A changelog that the starter's schema initializer applies after its own, with the same
 * change-log tables: how an optional module (the team module) ships its tables only when
 * it is present. Declare one as a bean; they run in bean order.
 *
 * @param location the changelog's location, for example
 * {@code classpath:db/changelog/organization-team/db.changelog-master.xml}
 */
public record OrganizationSchemaChangelog(String location) {

	public OrganizationSchemaChangelog {
		Objects.requireNonNull(location, "location");
	}

}
