package dev.belgie.sample.api.project;

import dev.belgie.organization.PlainTextRule;
import dev.belgie.organization.error.FieldViolation;
import dev.belgie.organization.error.OrganizationException;

import java.util.ArrayList;
import java.util.List;

/**
 * The body of {@code POST .../projects}; an {@code organizationId} in it is ignored (the
 * path decides).
 */
public record ProjectRequest(String name, String description) {

	static final int MAX_NAME = 100;

	static final int MAX_DESCRIPTION = 1000;

	/**
	 * The request cleaned by the starter's text rule, or {@code VALIDATION_FAILED} naming
	 * each bad field.
	 */
	ProjectRequest validated() {
		List<FieldViolation> violations = new ArrayList<>();
		check("name", PlainTextRule.problem(this.name, MAX_NAME, true), violations);
		check("description", PlainTextRule.problem(this.description, MAX_DESCRIPTION, false), violations);
		if (!violations.isEmpty()) {
			throw OrganizationException.invalid(violations);
		}
		String description = PlainTextRule.clean(this.description);
		return new ProjectRequest(PlainTextRule.clean(this.name),
				(description == null || description.isEmpty()) ? null : description);
	}

	private static void check(String field, String problem, List<FieldViolation> violations) {
		if (problem != null) {
			violations.add(new FieldViolation(field, problem));
		}
	}

}
