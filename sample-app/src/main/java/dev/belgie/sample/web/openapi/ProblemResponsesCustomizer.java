package dev.belgie.sample.web.openapi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.belgie.organization.autoconfigure.web.ProblemDetails;
import dev.belgie.organization.error.ErrorCode;
import dev.belgie.organization.error.OrganizationErrorCode;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.method.HandlerMethod;

/**
 * Turns a route's {@link ProblemResponses} into its {@code application/problem+json}
 * responses: one per status, the {@code code} property an enum of that status's codes, an
 * example per code.
 */
class ProblemResponsesCustomizer implements OperationCustomizer {

	static final String PROBLEM_SCHEMA = "Problem";

	private final ErrorCatalog catalog;

	ProblemResponsesCustomizer(ErrorCatalog catalog) {
		this.catalog = catalog;
	}

	@Override
	public Operation customize(Operation operation, HandlerMethod handlerMethod) {
		ProblemResponses declared = handlerMethod.getMethodAnnotation(ProblemResponses.class);
		if (declared == null) {
			return operation;
		}
		List<ErrorCode> codes = new ArrayList<>();
		if (needsToken(handlerMethod)) {
			codes.add(OrganizationErrorCode.UNAUTHENTICATED);
			if (!handlerMethod.hasMethodAnnotation(GetMapping.class)) {
				// every change through the starter may lose a race its locks could not
				// prevent
				codes.add(OrganizationErrorCode.CONCURRENT_MODIFICATION);
			}
		}
		Arrays.stream(declared.value()).map((name) -> this.catalog.get(name, handlerMethod)).forEach(codes::add);
		Map<Integer, List<ErrorCode>> byStatus = new TreeMap<>();
		codes.forEach((code) -> byStatus.computeIfAbsent(code.status(), (status) -> new ArrayList<>()).add(code));
		ApiResponses responses = (operation.getResponses() != null) ? operation.getResponses() : new ApiResponses();
		byStatus.forEach((status, ofStatus) -> responses.addApiResponse(String.valueOf(status), response(ofStatus)));
		return operation.responses(responses);
	}

	/**
	 * Open routes say so with an empty {@code @SecurityRequirements}, as springdoc reads
	 * it.
	 */
	private static boolean needsToken(HandlerMethod handlerMethod) {
		SecurityRequirements requirements = handlerMethod.getMethodAnnotation(SecurityRequirements.class);
		return requirements == null || requirements.value().length > 0;
	}

	private static ApiResponse response(List<ErrorCode> codes) {
		List<String> names = codes.stream().map(ErrorCode::code).toList();
		Schema<?> schema = new Schema<>().addAllOfItem(new Schema<>().$ref(PROBLEM_SCHEMA))
			.addAllOfItem(new ObjectSchema().addProperty("code", new StringSchema()._enum(names)));
		Map<String, Example> examples = new LinkedHashMap<>();
		codes.forEach((code) -> examples.put(code.code(),
				new Example().value(ProblemDetails.toMap(ProblemDetails.of(code, code.title() + ".")))));
		MediaType problem = new MediaType().schema(schema).examples(examples);
		return new ApiResponse().description(String.join(", ", names))
			.content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					problem));
	}

}
