package dev.belgie.organization.autoconfigure.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.belgie.organization.error.ErrorCode;
import dev.belgie.organization.error.FieldViolation;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds the RFC 9457 problem details of an {@link ErrorCode}: {@code type}, {@code title},
 * {@code status}, {@code detail}, the stable {@code code} and, for validation failures, {@code errors}.
 */
public final class ProblemDetails {

	private static final String TYPE_PREFIX = "urn:problem-type:belgie:";

	private ProblemDetails() {
	}

	public static ProblemDetail of(ErrorCode code, String detail) {
		return of(code, detail, List.of());
	}

	public static ProblemDetail of(ErrorCode code, String detail, List<FieldViolation> violations) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(code.status()), detail);
		problem.setType(URI.create(TYPE_PREFIX + code.code().toLowerCase(Locale.ROOT).replace('_', '-')));
		problem.setTitle(code.title());
		problem.setProperty("code", code.code());
		if (!violations.isEmpty()) {
			problem.setProperty("errors", violations.stream()
				.map((violation) -> Map.of("field", violation.field(), "message", violation.message()))
				.toList());
		}
		return problem;
	}

	/** The problem as the JSON members of RFC 9457, its properties at the top level. */
	public static Map<String, Object> toMap(ProblemDetail problem) {
		Map<String, Object> members = new LinkedHashMap<>();
		members.put("type", problem.getType().toString());
		members.put("title", problem.getTitle());
		members.put("status", problem.getStatus());
		members.put("detail", problem.getDetail());
		if (problem.getProperties() != null) {
			members.putAll(problem.getProperties());
		}
		return members;
	}

}
