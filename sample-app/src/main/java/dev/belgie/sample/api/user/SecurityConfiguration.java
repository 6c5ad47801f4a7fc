package dev.belgie.sample.api.user;

import dev.belgie.organization.autoconfigure.security.ProblemDetailsAuthenticationEntryPoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Stateless bearer-token security: sign-up and token issue are open, every other
 * {@code /api/**} route needs a valid JWT; errors are problem details.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http, ProblemDetailsAuthenticationEntryPoint problems)
			throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers(HttpMethod.POST, "/api/users", "/api/users/verify-email", "/api/auth/token")
			.permitAll()
			.requestMatchers("/api/**")
			.authenticated()
			// Actuator's endpoints other than health tell about the app's internals: a
			// bearer token is needed
			.requestMatchers("/actuator/health", "/actuator/health/**")
			.permitAll()
			.requestMatchers("/actuator", "/actuator/**")
			.authenticated()
			.anyRequest()
			.permitAll())
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.oauth2ResourceServer((resourceServer) -> resourceServer.jwt((jwt) -> {
			}).authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems));
		return http.build();
	}

}
