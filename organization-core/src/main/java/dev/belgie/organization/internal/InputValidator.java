package dev.belgie.organization.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import dev.belgie.organization.EmailAddresses;
import dev.belgie.organization.PlainTextRule;
import dev.belgie.organization.error.FieldViolation;
import dev.belgie.organization.error.OrganizationException;

/**
 * Checks and cleans the fields of organization requests, collecting every violation
 * before failing.
 */
public final class InputValidator {

	public static final int MAX_NAME_LENGTH = 100;

	public static final int MAX_LOGO_LENGTH = 2048;

	public static final int MAX_METADATA_BYTES = 16 * 1024;

	/**
	 * Nesting deeper than this in {@code metadata} is refused before anything walks or
	 * writes it.
	 */
	public static final int MAX_METADATA_DEPTH = 64;

	public static final int MAX_EMAIL_LENGTH = EmailAddresses.MAX_LENGTH;

	private static final Pattern DOMAIN = Pattern
		.compile("^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$");

	private final List<FieldViolation> violations = new ArrayList<>();

	/**
	 * A name by the starter's text rule ({@link PlainTextRule}), trimmed and normalized;
	 * {@code null} stays {@code null} unless {@code required}.
	 */
	public String name(String name, boolean required) {
		String problem = PlainTextRule.problem(name, MAX_NAME_LENGTH, required || name != null);
		if (problem != null) {
			reject("name", problem);
		}
		return PlainTextRule.clean(name);
	}

	public String slug(String slug) {
		if (slug != null && !Slugs.isValid(slug)) {
			reject("slug",
					"must be 1 to 48 lower-case letters, digits or '-', starting and ending with a letter or digit");
		}
		return slug;
	}

	/**
	 * A logo URL, {@code http} or {@code https} only; an empty string clears it (returned
	 * as {@code ""}).
	 */
	public String logo(String logo) {
		if (logo == null) {
			return null;
		}
		String trimmed = logo.strip();
		if (trimmed.length() > MAX_LOGO_LENGTH) {
			reject("logo", "must be at most " + MAX_LOGO_LENGTH + " characters");
		}
		else if (!trimmed.isEmpty() && !isWebUrl(trimmed)) {
			reject("logo", "must be an http or https URL");
		}
		return trimmed;
	}

	/** A domain name, lower-cased; an empty string clears it (returned as {@code ""}). */
	public String domain(String domain) {
		if (domain == null) {
			return null;
		}
		String cleaned = domain.strip().toLowerCase(Locale.ROOT);
		if (!cleaned.isEmpty() && !DOMAIN.matcher(cleaned).matches()) {
			reject("domain", "must be a domain name such as example.com");
		}
		return cleaned;
	}

	/**
	 * A JSON object of at most 16 KiB whose numbers are finite (a {@code double} infinity
	 * or NaN has no JSON form: it would be stored as a string) and whose text is valid
	 * Unicode.
	 */
	public Map<String, Object> metadata(Map<String, Object> metadata) {
		if (metadata == null) {
			return null;
		}
		String problem = MetadataConverter.problemIn(metadata, MAX_METADATA_DEPTH);
		if (problem != null) {
			reject("metadata", problem);
		}
		else if (MetadataConverter.toJson(metadata).getBytes(StandardCharsets.UTF_8).length > MAX_METADATA_BYTES) {
			reject("metadata", "must be at most 16 KiB of JSON");
		}
		return metadata;
	}

	/**
	 * One e-mail address by the starter's rule ({@link EmailAddresses}), trimmed and
	 * lower-cased.
	 */
	public String email(String field, String email) {
		String problem = EmailAddresses.problem(email);
		if (problem != null) {
			reject(field, problem);
		}
		return (email == null || email.isBlank()) ? null : email.strip().toLowerCase(Locale.ROOT);
	}

	private static boolean isWebUrl(String url) {
		if (!PlainTextRule.isPlain(url)) {
			return false;
		}
		try {
			URI uri = new URI(url);
			String scheme = uri.getScheme();
			return uri.isAbsolute() && uri.getHost() != null && uri.getRawUserInfo() == null
					&& ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme));
		}
		catch (URISyntaxException ex) {
			return false;
		}
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
