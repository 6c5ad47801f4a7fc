package dev.belgie.sample.web.error;

import dev.belgie.organization.autoconfigure.web.ProblemDetails;
import dev.belgie.organization.autoconfigure.web.WebErrorCode;
import dev.belgie.organization.error.ErrorCode;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /error} as a problem, in place of Spring Boot's JSON or HTML error page: uncaught exceptions are a
 * 500 {@code INTERNAL_ERROR} whose details stay in the log, other errors get the code of their status, and
 * {@code /error} asked for directly is a 404.
 */
@RestController
class ProblemDetailsErrorController implements ErrorController {

	@RequestMapping("${server.error.path:${error.path:/error}}")
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		ErrorCode code = WebErrorCode.forStatus((status instanceof Integer value && value >= 400) ? value : 404);
		return ResponseEntity.status(code.status())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ProblemDetails.of(code, detail(code)));
	}

	/** A detail that says what kind of error it was and nothing about the server's internals. */
	static String detail(ErrorCode code) {
		if (code.status() >= 500) {
			return "The server failed to answer the request; the failure has been logged.";
		}
		if (code.equals(WebErrorCode.REQUEST_REJECTED)) {
			return "The request's URL or headers are not allowed.";
		}
		return code.title() + ".";
	}

}
