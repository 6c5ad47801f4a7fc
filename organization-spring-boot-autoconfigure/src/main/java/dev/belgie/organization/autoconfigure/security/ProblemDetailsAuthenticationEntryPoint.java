package dev.belgie.organization.autoconfigure.security;

import java.io.IOException;
import java.util.function.Supplier;

import dev.belgie.organization.autoconfigure.web.ProblemDetails;
import dev.belgie.organization.error.ErrorCode;
import dev.belgie.organization.error.OrganizationErrorCode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.util.function.SingletonSupplier;

/**
 * Answers unauthenticated requests with a {@code 401} problem ({@code UNAUTHENTICATED})
 * and a {@code WWW-Authenticate} challenge for the scheme the application uses
 * ({@code Bearer} with an OAuth2 resource server, {@code Basic realm="..."} otherwise),
 * and denied ones with a {@code 403} ({@code FORBIDDEN}), so that security errors read
 * like every other error. Use it in a {@code SecurityFilterChain}:
 * {@code oauth2ResourceServer(rs -> rs.authenticationEntryPoint(entryPoint))},
 * {@code httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))}, and
 * {@code exceptionHandling(...)}.
 */
public class ProblemDetailsAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final Supplier<String> challenge;

	/**
	 * An entry point whose challenge is decided when it is first needed, once the
	 * application's security beans exist (for example {@code Bearer} when the application
	 * decodes bearer tokens).
	 */
	public ProblemDetailsAuthenticationEntryPoint(Supplier<String> challenge) {
		this.challenge = SingletonSupplier.of(challenge);
	}

	/**
	 * An entry point answering {@code WWW-Authenticate: Bearer}, for an OAuth2 resource
	 * server.
	 */
	public static ProblemDetailsAuthenticationEntryPoint bearer() {
		return new ProblemDetailsAuthenticationEntryPoint(() -> "Bearer");
	}

	/**
	 * An entry point answering {@code WWW-Authenticate: Basic realm="<realm>"}, for HTTP
	 * Basic.
	 */
	public static ProblemDetailsAuthenticationEntryPoint basic(String realm) {
		return new ProblemDetailsAuthenticationEntryPoint(() -> "Basic realm=\"" + realm + "\"");
	}

	/**
	 * The {@code WWW-Authenticate} challenge, such as {@code Bearer} or
	 * {@code Basic realm="Realm"}.
	 */
	public String getChallenge() {
		return this.challenge.get();
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, getChallenge());
		write(response, OrganizationErrorCode.UNAUTHENTICATED,
				"Valid credentials are required: they are missing, malformed, expired or wrong.");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException {
		write(response, OrganizationErrorCode.FORBIDDEN, "Access denied.");
	}

	private void write(HttpServletResponse response, ErrorCode code, String detail) throws IOException {
		ProblemDetails.write(response, ProblemDetails.of(code, detail));
	}

}
