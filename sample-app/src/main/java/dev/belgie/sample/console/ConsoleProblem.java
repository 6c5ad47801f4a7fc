package dev.belgie.sample.console;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import dev.belgie.organization.error.FieldViolation;
import dev.belgie.organization.error.OrganizationException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * An error as a page shows it: a sentence for people, and the messages of the fields it
 * names (shown beside those fields), never a stack trace or a problem document.
 *
 * @param code the stable error code, for tests and for people reporting a problem
 * @param message what went wrong, in words
 * @param fields a message per form field, in the order given
 */
record ConsoleProblem(String code, String message, Map<String, String> fields) {

	static ConsoleProblem of(OrganizationException ex) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (FieldViolation violation : ex.getViolations()) {
			fields.merge(violation.field(), violation.message(), (a, b) -> a + "; " + b);
		}
		String message = fields.isEmpty() ? ex.getMessage() : "Please correct the fields marked below.";
		return new ConsoleProblem(ex.getCode(), message, fields);
	}

	/** The fields that failed a form's own constraints, before the client saw it. */
	static ConsoleProblem of(BindingResult binding) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (FieldError error : binding.getFieldErrors()) {
			fields.merge(error.getField(), error.getDefaultMessage(), (a, b) -> a + "; " + b);
		}
		return new ConsoleProblem("VALIDATION_FAILED", "Please correct the fields marked below.", fields);
	}

	/**
	 * The error of a button's action, shown above the page it returns to: that page has
	 * no form of the action's own to mark, so the fields' messages are in the sentence.
	 */
	static ConsoleProblem ofAction(OrganizationException ex) {
		ConsoleProblem problem = of(ex);
		if (problem.fields.isEmpty()) {
			return problem;
		}
		String message = problem.fields.entrySet()
			.stream()
			.map((field) -> field.getKey() + " " + field.getValue())
			.collect(Collectors.joining("; ", "Refused: ", "."));
		return new ConsoleProblem(problem.code, message, problem.fields);
	}

	static ConsoleProblem message(String code, String message) {
		return new ConsoleProblem(code, message, Map.of());
	}

	/** The message of one field, or {@code null}. */
	public String field(String name) {
		return this.fields.get(name);
	}

}
