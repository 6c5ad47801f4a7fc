package dev.belgie.organization.autoconfigure.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import dev.belgie.organization.error.ErrorCode;
import dev.belgie.organization.error.FieldViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;

/**
 * Adds a stable {@code code} (see {@link WebErrorCode#forStatus(int)}) to the problem
 * details that Spring Boot renders for the framework's errors
 * ({@code spring.mvc.problemdetails.enabled}), and, for bad input, {@code errors:
 * [{field, message}]}: the fields of failed bean validation, the parameter of a type
 * mismatch or a missing parameter, the JSON path of a body field of the wrong type. A
 * problem without a {@code type} gets the code's
 * ({@code urn:problem-type:belgie:not-found}); one that already has a {@code code} is
 * left as it is.
 * <p>
 * The starter does not register it: an application that wants codes on its framework
 * errors adds it in a {@code WebMvcConfigurer},
 * {@code addErrorResponseInterceptors(interceptors -> ...)}. The failed request's
 * exception comes from Spring Boot's {@link ErrorAttributes}, which records it before any
 * handler runs.
 */
public class ProblemDetailCodeInterceptor implements ErrorResponse.Interceptor {

	private static final URI ABOUT_BLANK = URI.create("about:blank");

	private final ErrorAttributes errorAttributes;

	public ProblemDetailCodeInterceptor(ErrorAttributes errorAttributes) {
		this.errorAttributes = errorAttributes;
	}

	@Override
	public void handleError(ProblemDetail detail, @Nullable ErrorResponse errorResponse) {
		if (detail.getProperties() != null && detail.getProperties().containsKey(ProblemDetails.CODE)) {
			return;
		}
		ErrorCode code = WebErrorCode.forStatus(detail.getStatus());
		detail.setProperty(ProblemDetails.CODE, code.code());
		if (detail.getType() == null || ABOUT_BLANK.equals(detail.getType())) {
			detail.setType(ProblemDetails.type(code));
		}
		if (detail.getDetail() == null) {
			detail.setDetail(detail.getTitle());
		}
		Throwable error = (errorResponse instanceof Throwable thrown) ? thrown : currentError();
		if (detail.getStatus() == 400 && error != null) {
			ProblemDetails.addViolations(detail, violations(error));
		}
	}

	private @Nullable Throwable currentError() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return this.errorAttributes.getError(new ServletWebRequest(attributes.getRequest()));
		}
		return null;
	}

	private static List<FieldViolation> violations(Throwable error) {
		List<FieldViolation> violations = new ArrayList<>();
		if (error instanceof BindingResult result) {
			result.getFieldErrors()
				.forEach((field) -> violations.add(new FieldViolation(field.getField(), field.getDefaultMessage())));
			result.getGlobalErrors()
				.forEach((global) -> violations
					.add(new FieldViolation(global.getObjectName(), global.getDefaultMessage())));
		}
		else if (error instanceof HandlerMethodValidationException invalid) {
			invalid.getParameterValidationResults()
				.forEach((result) -> result.getResolvableErrors()
					.forEach((resolvable) -> violations.add(new FieldViolation(
							result.getMethodParameter().getParameterName(), resolvable.getDefaultMessage()))));
		}
		else if (error instanceof MethodArgumentTypeMismatchException mismatch) {
			String expected = (mismatch.getRequiredType() != null) ? mismatch.getRequiredType().getSimpleName()
					: "another type";
			violations.add(new FieldViolation(mismatch.getName(), "must be a valid " + expected));
		}
		else if (error instanceof MissingServletRequestParameterException missing) {
			violations.add(new FieldViolation(missing.getParameterName(), "is required"));
		}
		else if (error instanceof HttpMessageNotReadableException unreadable) {
			String field = jsonPath(unreadable);
			if (field != null) {
				violations.add(new FieldViolation(field, "has the wrong type or format"));
			}
		}
		return violations;
	}

	/**
	 * The JSON path of the field that failed to read, such as {@code metadata} or
	 * {@code role[0]}.
	 */
	private static @Nullable String jsonPath(HttpMessageNotReadableException ex) {
		if (!(ex.getCause() instanceof JacksonException jackson)) {
			return null;
		}
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

}
