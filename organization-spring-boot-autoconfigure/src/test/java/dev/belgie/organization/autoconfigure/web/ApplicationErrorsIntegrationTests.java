package dev.belgie.organization.autoconfigure.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import dev.belgie.organization.autoconfigure.security.ProblemDetailsAuthenticationEntryPoint;
import dev.belgie.organization.error.OrganizationErrorCode;
import dev.belgie.organization.error.OrganizationException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An HTTP Basic application with its own error handling and Spring Boot's problem details
 * left off: the starter renders nothing of the application's errors, lets its advice win,
 * and challenges with Basic.
 */
@SpringBootTest(classes = ApplicationErrorsIntegrationTests.BasicApplication.class,
		webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:application-errors",
				"spring.mvc.problemdetails.enabled=false", "spring.liquibase.enabled=false" })
class ApplicationErrorsIntegrationTests {

	private static final String CREDENTIALS = "Basic "
			+ Base64.getEncoder().encodeToString("ann:password".getBytes(StandardCharsets.UTF_8));

	private final HttpClient http = HttpClient.newHttpClient();

	@Value("${local.server.port}")
	int port;

	@Test
	void theApplicationsOwnAdviceWinsOverTheStartersForOrganizationException() throws Exception {
		HttpResponse<String> response = get("/organization-error", CREDENTIALS);
		assertThat(response.statusCode()).isEqualTo(HttpStatus.I_AM_A_TEAPOT.value());
		assertThat(response.body()).isEqualTo("handled by the application: ORGANIZATION_NOT_FOUND");
	}

	@Test
	void theApplicationsOwn404BodyIsUntouchedWhenProblemDetailsAreOff() throws Exception {
		HttpResponse<String> response = get("/no-such-route", CREDENTIALS);
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
		JsonNode body = JsonMapper.builder().build().readTree(response.body());
		assertThat(body.propertyNames()).contains("timestamp", "status", "error", "path").doesNotContain("code");
	}

	@Test
	void anUnauthenticatedRequestIsChallengedWithBasic() throws Exception {
		HttpResponse<String> response = get("/organization-error", null);
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Basic realm=\"Realm\"");
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(JsonMapper.builder().build().readTree(response.body()).path("code").asString())
			.isEqualTo("UNAUTHENTICATED");
	}

	private HttpResponse<String> get(String path, String authorization) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class BasicApplication {

		@Bean
		SecurityFilterChain basicSecurity(HttpSecurity http, ProblemDetailsAuthenticationEntryPoint problems) {
			return http
				.authorizeHttpRequests(
						(requests) -> requests.requestMatchers("/error").permitAll().anyRequest().authenticated())
				.httpBasic((basic) -> basic.authenticationEntryPoint(problems))
				.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(problems))
				.build();
		}

		@Bean
		InMemoryUserDetailsManager users() {
			return new InMemoryUserDetailsManager(User.withUsername("ann").password("{noop}password").build());
		}

		@Bean
		FailingController failingController() {
			return new FailingController();
		}

		@Bean
		OwnAdvice ownAdvice() {
			return new OwnAdvice();
		}

	}

	@RestController
	static class FailingController {

		@GetMapping("/organization-error")
		String fail() {
			throw new OrganizationException(OrganizationErrorCode.ORGANIZATION_NOT_FOUND, "No such organization.");
		}

	}

	/** The application's own rendering of the starter's exception. */
	@RestControllerAdvice
	static class OwnAdvice {

		@ExceptionHandler(OrganizationException.class)
		ResponseEntity<String> organizationException(OrganizationException ex) {
			return ResponseEntity.status(HttpStatus.I_AM_A_TEAPOT).body("handled by the application: " + ex.getCode());
		}

	}

}
