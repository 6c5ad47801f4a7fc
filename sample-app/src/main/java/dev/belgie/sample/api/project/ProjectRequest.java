package dev.belgie.sample.api.project;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import dev.belgie.organization.error.FieldViolation;
import dev.belgie.organization.error.OrganizationException;

/**
 * The body of {@code POST .../projects}; an {@code organizationId} in it is ignored (the
 * path decides).
 */
public record ProjectRequest(String name, String description) {

	static final int MAX_NAME = 100;

	static final int MAX_DESCRIPTION = 1000;

	/** Control, format (bidi overrides among them) and unassigned characters. */
	private static final Pattern FORBIDDEN = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cn}\\p{Co}\\p{Cs}]");

	/**
	 * The request trimmed and normalized, or {@code VALIDATION_FAILED} naming each bad
	 * field.
	 */
	ProjectRequest validated() {
		List<FieldViolation> violations = new ArrayList<>();
		String cleanName = clean("name", this.name, MAX_NAME, violations);
		if (cleanName == null || cleanName.isEmpty()) {
			if (violations.isEmpty()) {
				violations.add(new FieldViolation("name", "must not be blank"));
			}
		}
		String cleanDescription = clean("description", this.description, MAX_DESCRIPTION, violations);
		if (!violations.isEmpty()) {
			throw OrganizationException.invalid(violations);
		}
		return new ProjectRequest(cleanName,
				(cleanDescription == null || cleanDescription.isEmpty()) ? null : cleanDescription);
	}

	private static String clean(String field, String value, int max, List<FieldViolation> violations) {
		if (value == null) {
			return null;
		}
		String normalized = Normalizer.normalize(value, Normalizer.Form.NFC).strip();
		if (FORBIDDEN.matcher(normalized).find()) {
			violations.add(new FieldViolation(field, "must not contain control or format characters"));
		}
		else if (normalized.codePointCount(0, normalized.length()) > max) {
			violations.add(new FieldViolation(field, "must be at most " + max + " characters"));
		}
		return normalized;
	}

}
