package dev.belgie.organization.autoconfigure.web;

import java.util.Locale;

import dev.belgie.organization.error.ErrorCode;
import dev.belgie.organization.error.OrganizationErrorCode;
import org.springframework.http.HttpStatus;

/**
 * Codes for the HTTP errors that Spring MVC and the servlet container raise outside the
 * organization domain: no such route, wrong method, unacceptable or unsupported media
 * type, an unexpected failure.
 */
public final class WebErrorCode {

	public static final ErrorCode NOT_FOUND = ErrorCode.of("NOT_FOUND", 404, "Not found");

	public static final ErrorCode METHOD_NOT_ALLOWED = ErrorCode.of("METHOD_NOT_ALLOWED", 405, "Method not allowed");

	public static final ErrorCode NOT_ACCEPTABLE = ErrorCode.of("NOT_ACCEPTABLE", 406, "Not acceptable");

	public static final ErrorCode UNSUPPORTED_MEDIA_TYPE = ErrorCode.of("UNSUPPORTED_MEDIA_TYPE", 415,
			"Unsupported media type");

	/**
	 * A request refused before it reached the application: a URL that Spring Security's
	 * firewall rejects, a malformed URL or an oversized header that the servlet container
	 * rejects.
	 */
	public static final ErrorCode REQUEST_REJECTED = ErrorCode.of("REQUEST_REJECTED", 400, "Request rejected");

	/** An unexpected failure: its details stay in the log, never in the response. */
	public static final ErrorCode INTERNAL_ERROR = ErrorCode.of("INTERNAL_ERROR", 500, "Internal error");

	private WebErrorCode() {
	}

	/**
	 * The code of an error known only by its HTTP status: {@code VALIDATION_FAILED} for
	 * 400, {@code UNAUTHENTICATED}, {@code FORBIDDEN}, the codes above,
	 * {@code INTERNAL_ERROR} for every 5xx but 503, and otherwise the status's name
	 * ({@code PAYLOAD_TOO_LARGE}, {@code SERVICE_UNAVAILABLE}, ...).
	 */
	public static ErrorCode forStatus(int status) {
		return switch (status) {
			case 400 -> OrganizationErrorCode.VALIDATION_FAILED;
			case 401 -> OrganizationErrorCode.UNAUTHENTICATED;
			case 403 -> OrganizationErrorCode.FORBIDDEN;
			case 404 -> NOT_FOUND;
			case 405 -> METHOD_NOT_ALLOWED;
			case 406 -> NOT_ACCEPTABLE;
			case 415 -> UNSUPPORTED_MEDIA_TYPE;
			case 500 -> INTERNAL_ERROR;
			default -> named(status);
		};
	}

	private static ErrorCode named(int status) {
		HttpStatus known = HttpStatus.resolve(status);
		if (known == null || (known.is5xxServerError() && known != HttpStatus.SERVICE_UNAVAILABLE)) {
			return (status >= 500) ? ErrorCode.of(INTERNAL_ERROR.code(), status, INTERNAL_ERROR.title())
					: ErrorCode.of("HTTP_" + status, status, "HTTP " + status);
		}
		String title = known.getReasonPhrase();
		return ErrorCode.of(known.name(), status, title.substring(0, 1) + title.substring(1).toLowerCase(Locale.ROOT));
	}

}
