package dev.belgie.organization.organization;

import java.util.Map;

/**
 * What a new organization is made of. Only {@code name} is required; a missing
 * {@code slug} is derived from the name.
 */
public record CreateOrganizationRequest(String name, String slug, String logo, Map<String, Object> metadata,
		String domain) {

	/**
	 * An organization with a name only: the slug is derived from it.
	 * @param name the organization's name
	 * @return the request
	 */
	public static CreateOrganizationRequest named(String name) {
		return new CreateOrganizationRequest(name, null, null, null, null);
	}

}
