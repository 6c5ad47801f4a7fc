package dev.belgie.organization.autoconfigure.security;

import java.io.IOException;

import dev.belgie.organization.autoconfigure.web.ProblemDetails;
import dev.belgie.organization.error.ErrorCode;
import dev.belgie.organization.error.OrganizationErrorCode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers unauthenticated requests with a {@code 401} problem ({@code UNAUTHENTICATED}) and a
 * {@code WWW-Authenticate: Bearer} challenge, and denied ones with a {@code 403} ({@code FORBIDDEN}), so that
 * security errors read like every other error. Use it in a {@code SecurityFilterChain}:
 * {@code oauth2ResourceServer(rs -> rs.authenticationEntryPoint(entryPoint))}.
 */
public class ProblemDetailsAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		response.setHeader("WWW-Authenticate", "Bearer");
		write(response, OrganizationErrorCode.UNAUTHENTICATED,
				"A valid bearer token is required: it is missing, malformed, expired or wrongly signed.");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException {
		write(response, OrganizationErrorCode.FORBIDDEN, "Access denied.");
	}

	private void write(HttpServletResponse response, ErrorCode code, String detail) throws IOException {
		ProblemDetail problem = ProblemDetails.of(code, detail);
		response.setStatus(code.status());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		JSON.writeValue(response.getOutputStream(), ProblemDetails.toMap(problem));
	}

}
