package dev.belgie.organization.autoconfigure.web;

import java.util.ArrayList;
import java.util.List;

import dev.belgie.organization.error.ErrorCode;
import dev.belgie.organization.error.FieldViolation;
import dev.belgie.organization.error.OrganizationErrorCode;
import dev.belgie.organization.error.OrganizationException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;

/**
 * Renders {@link OrganizationException}s, the framework's errors about bad input (malformed JSON, a
 * wrong type, a malformed id, a missing parameter, failed bean validation) and its routing errors (no such
 * route, method not allowed, unsupported media type) as problem details with a stable {@code code}. It does not extend {@code ResponseEntityExceptionHandler}, so Spring Boot's own
 * problem-details handler still serves every other error.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
public class OrganizationProblemDetailsAdvice {

	@ExceptionHandler(OrganizationException.class)
	public ResponseEntity<ProblemDetail> organizationException(OrganizationException ex) {
		return problem(ex.getErrorCode(), ex.getMessage(), ex.getViolations());
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	public ResponseEntity<ProblemDetail> unreadableBody(HttpMessageNotReadableException ex) {
		String field = fieldOf(ex);
		if (field != null) {
			return invalid(field, "has the wrong type or format");
		}
		return problem(OrganizationErrorCode.VALIDATION_FAILED,
				"The request body is missing, is not valid JSON, or has a field of the wrong type.", List.of());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	public ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
		String expected = (ex.getRequiredType() != null) ? ex.getRequiredType().getSimpleName() : "another type";
		return invalid(ex.getName(), "must be a valid " + expected);
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	public ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException ex) {
		return invalid(ex.getParameterName(), "is required");
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	public ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException ex) {
		List<FieldViolation> violations = new ArrayList<>();
		ex.getBindingResult()
			.getFieldErrors()
			.forEach((error) -> violations.add(new FieldViolation(error.getField(), error.getDefaultMessage())));
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach((error) -> violations.add(new FieldViolation(error.getObjectName(), error.getDefaultMessage())));
		return problem(OrganizationErrorCode.VALIDATION_FAILED, "The request is not valid.", violations);
	}

	@ExceptionHandler({ NoResourceFoundException.class, HttpRequestMethodNotSupportedException.class,
			HttpMediaTypeNotAcceptableException.class, HttpMediaTypeNotSupportedException.class })
	public ResponseEntity<ProblemDetail> routingError(Exception ex) {
		ErrorCode code = WebErrorCode.UNSUPPORTED_MEDIA_TYPE;
		if (ex instanceof NoResourceFoundException) {
			code = WebErrorCode.NOT_FOUND;
		}
		else if (ex instanceof HttpRequestMethodNotSupportedException) {
			code = WebErrorCode.METHOD_NOT_ALLOWED;
		}
		else if (ex instanceof HttpMediaTypeNotAcceptableException) {
			code = WebErrorCode.NOT_ACCEPTABLE;
		}
		ResponseEntity.BodyBuilder response = ResponseEntity.status(code.status());
		if (ex instanceof HttpRequestMethodNotSupportedException notAllowed
				&& notAllowed.getSupportedHttpMethods() != null) {
			response.allow(notAllowed.getSupportedHttpMethods().toArray(HttpMethod[]::new));
		}
		return response.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ProblemDetails.of(code, ((ErrorResponse) ex).getBody().getDetail()));
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	public ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException ex) {
		List<FieldViolation> violations = new ArrayList<>();
		ex.getParameterValidationResults()
			.forEach((result) -> result.getResolvableErrors()
				.forEach((error) -> violations.add(new FieldViolation(result.getMethodParameter().getParameterName(),
						error.getDefaultMessage()))));
		return problem(OrganizationErrorCode.VALIDATION_FAILED, "The request is not valid.", violations);
	}

	/** The JSON path of the field that failed to read, such as {@code metadata} or {@code role[0]}. */
	private static String fieldOf(HttpMessageNotReadableException ex) {
		if (ex.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
			StringBuilder path = new StringBuilder();
			for (JacksonException.Reference reference : jackson.getPath()) {
				if (reference.getPropertyName() != null) {
					path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
				}
				else if (reference.getIndex() >= 0) {
					path.append('[').append(reference.getIndex()).append(']');
				}
			}
			return path.isEmpty() ? null : path.toString();
		}
		return null;
	}

	private static ResponseEntity<ProblemDetail> invalid(String field, String message) {
		return problem(OrganizationErrorCode.VALIDATION_FAILED, "The request is not valid.",
				List.of(new FieldViolation(field, message)));
	}

	private static ResponseEntity<ProblemDetail> problem(ErrorCode code, String detail,
			List<FieldViolation> violations) {
		return ResponseEntity.status(code.status())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ProblemDetails.of(code, detail, violations));
	}

}
