package dev.belgie.organization.autoconfigure.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import dev.belgie.organization.error.ErrorCode;
import dev.belgie.organization.error.FieldViolation;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the RFC 9457 problem details of an {@link ErrorCode}: {@code type},
 * {@code title}, {@code status}, {@code detail}, the stable {@code code} and, for
 * validation failures, {@code errors}.
 */
public final class ProblemDetails {

	/** The problem's property holding the stable code. */
	public static final String CODE = "code";

	/** The problem's property listing the invalid fields. */
	public static final String ERRORS = "errors";

	private static final String TYPE_PREFIX = "urn:problem-type:belgie:";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ProblemDetails() {
	}

	public static ProblemDetail of(ErrorCode code, String detail) {
		return of(code, detail, List.of());
	}

	public static ProblemDetail of(ErrorCode code, String detail, List<FieldViolation> violations) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(code.status()), detail);
		problem.setType(type(code));
		problem.setTitle(code.title());
		problem.setProperty(CODE, code.code());
		addViolations(problem, violations);
		return problem;
	}

	/** The problem type of a code, such as {@code urn:problem-type:belgie:last-owner}. */
	public static URI type(ErrorCode code) {
		return URI.create(TYPE_PREFIX + code.code().toLowerCase(Locale.ROOT).replace('_', '-'));
	}

	/** Lists the invalid fields under {@code errors}, when there are any. */
	public static void addViolations(ProblemDetail problem, List<FieldViolation> violations) {
		if (!violations.isEmpty()) {
			problem.setProperty(ERRORS,
					violations.stream()
						.map((violation) -> Map.of("field", Objects.requireNonNullElse(violation.field(), ""),
								"message", Objects.requireNonNullElse(violation.message(), "is not valid")))
						.toList());
		}
	}

	/**
	 * Writes the problem as {@code application/problem+json} with its status, for code
	 * that answers outside Spring MVC (security filters, the servlet container).
	 */
	public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getOutputStream().write(toJson(problem).getBytes(StandardCharsets.UTF_8));
	}

	/** The problem as RFC 9457 JSON text. */
	public static String toJson(ProblemDetail problem) {
		return JSON.writeValueAsString(toMap(problem));
	}

	/** The problem as the JSON members of RFC 9457, its properties at the top level. */
	public static Map<String, Object> toMap(ProblemDetail problem) {
		Map<String, Object> members = new LinkedHashMap<>();
		members.put("type", String.valueOf(problem.getType()));
		members.put("title", problem.getTitle());
		members.put("status", problem.getStatus());
		members.put("detail", problem.getDetail());
		if (problem.getInstance() != null) {
			members.put("instance", problem.getInstance().toString());
		}
		if (problem.getProperties() != null) {
			members.putAll(problem.getProperties());
		}
		return members;
	}

}
