package dev.belgie.organization.organization;

import java.util.Map;

/**
 * A partial update: a {@code null} field is left as it is; an empty {@code logo} or
 * {@code domain} clears it, an empty {@code metadata} object empties it.
 */
public record UpdateOrganizationRequest(String name, String slug, String logo, Map<String, Object> metadata,
		String domain) {
}
