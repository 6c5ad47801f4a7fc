package dev.belgie.sample.web.error;

import java.util.List;

import dev.belgie.organization.autoconfigure.web.ProblemDetails;
import dev.belgie.organization.autoconfigure.web.WebErrorCode;
import dev.belgie.organization.error.ErrorCode;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /error} as a problem, in place of Spring Boot's JSON or HTML error page:
 * uncaught exceptions are a 500 {@code INTERNAL_ERROR} whose details stay in the log,
 * other errors get the code of their status, and {@code /error} asked for directly is a
 * 404.
 */
@RestController
class ProblemDetailsErrorController implements ErrorController {

	/**
	 * Paths of programs, whose errors are problems whatever they accept; every other path
	 * is a person's page.
	 */
	private static final List<String> PROGRAM_PATHS = List.of("/api/", "/v3/", "/actuator", "/swagger-ui");

	@RequestMapping("${server.error.path:${error.path:/error}}")
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		ErrorCode code = code(request);
		return ResponseEntity.status(code.status())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ProblemDetails.of(code, detail(code)));
	}

	/**
	 * The console's errors (a stale form's CSRF 403, a 404, a 500, a throttled sign-in's
	 * 429) for a browser: an HTML page saying what happened, never JSON. The API's paths
	 * stay problems.
	 */
	@RequestMapping(path = "${server.error.path:${error.path:/error}}", produces = MediaType.TEXT_HTML_VALUE)
	Object errorPage(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = (uri instanceof String value) ? value.substring(request.getContextPath().length()) : "";
		if (PROGRAM_PATHS.stream().anyMatch(path::startsWith)) {
			return error(request);
		}
		ErrorCode code = code(request);
		ModelAndView page = new ModelAndView("error");
		page.setStatus(HttpStatusCode.valueOf(code.status()));
		page.addObject("status", code.status());
		page.addObject("code", code.code());
		Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
		// only the messages this app wrote for people (the throttles'); never an
		// exception's text
		page.addObject("detail",
				(code.status() == 429 && message instanceof String text && !text.isBlank()) ? text : detail(code));
		return page;
	}

	private static ErrorCode code(HttpServletRequest request) {
		Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		return WebErrorCode.forStatus((status instanceof Integer value && value >= 400) ? value : 404);
	}

	/**
	 * A detail that says what kind of error it was and nothing about the server's
	 * internals.
	 */
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
