package dev.belgie.organization.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import dev.belgie.organization.error.FieldViolation;
import dev.belgie.organization.error.OrganizationException;

/**
 * Checks and cleans the fields of organization requests, collecting every violation before failing.
 */
public final class InputValidator {

	public static final int MAX_NAME_LENGTH = 100;

	public static final int MAX_LOGO_LENGTH = 2048;

	public static final int MAX_METADATA_BYTES = 16 * 1024;

	private static final Pattern DOMAIN = Pattern
		.compile("^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$");

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]{1,255}$");

	private final List<FieldViolation> violations = new ArrayList<>();

	public String name(String name, boolean required) {
		if (name == null) {
			if (required) {
				reject("name", "must not be blank");
			}
			return null;
		}
		String trimmed = name.trim();
		if (trimmed.isEmpty()) {
			reject("name", "must not be blank");
		}
		else if (trimmed.length() > MAX_NAME_LENGTH) {
			reject("name", "must be at most " + MAX_NAME_LENGTH + " characters");
		}
		return trimmed;
	}

	public String slug(String slug) {
		if (slug != null && !Slugs.isValid(slug)) {
			reject("slug", "must be 1 to 48 lower-case letters, digits or '-', starting and ending with a letter or digit");
		}
		return slug;
	}

	/** A logo URL; an empty string clears it (returned as {@code ""}). */
	public String logo(String logo) {
		if (logo == null) {
			return null;
		}
		String trimmed = logo.trim();
		if (trimmed.length() > MAX_LOGO_LENGTH) {
			reject("logo", "must be at most " + MAX_LOGO_LENGTH + " characters");
		}
		return trimmed;
	}

	/** A domain name, lower-cased; an empty string clears it (returned as {@code ""}). */
	public String domain(String domain) {
		if (domain == null) {
			return null;
		}
		String cleaned = domain.trim().toLowerCase(Locale.ROOT);
		if (!cleaned.isEmpty() && !DOMAIN.matcher(cleaned).matches()) {
			reject("domain", "must be a domain name such as example.com");
		}
		return cleaned;
	}

	public Map<String, Object> metadata(Map<String, Object> metadata) {
		if (metadata != null
				&& MetadataConverter.toJson(metadata).getBytes(StandardCharsets.UTF_8).length > MAX_METADATA_BYTES) {
			reject("metadata", "must be at most 16 KiB of JSON");
		}
		return metadata;
	}

	public String email(String field, String email) {
		if (email == null || email.isBlank()) {
			reject(field, "must not be blank");
			return null;
		}
		String cleaned = email.trim().toLowerCase(Locale.ROOT);
		if (cleaned.length() > 320 || !EMAIL.matcher(cleaned).matches()) {
			reject(field, "must be an e-mail address");
		}
		return cleaned;
	}

	public void reject(String field, String message) {
		this.violations.add(new FieldViolation(field, message));
	}

	/** Fails with every violation collected so far, if any. */
	public void throwIfInvalid() {
		if (!this.violations.isEmpty()) {
			throw OrganizationException.invalid(this.violations);
		}
	}

	public static String emptyToNull(String value) {
		return (value == null || value.isEmpty()) ? null : value;
	}

}
