package dev.belgie.sample.console;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import dev.belgie.sample.accounts.throttle.TokenThrottle;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The console's security, beside the API's: every request outside {@code /api/**} goes
 * through a session chain with form login and CSRF protection, so that {@code /api/**}
 * keeps its stateless bearer-token chain (which never reads the session: a console cookie
 * does not authenticate an API call).
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurityConfiguration {

	/**
	 * The paths of programs, not people: the bearer-token API, its contract, and
	 * Actuator's endpoints.
	 */
	private static final List<String> NOT_FOR_PEOPLE = List.of("/api/**", "/v3/api-docs", "/v3/api-docs/**",
			"/swagger-ui.html", "/swagger-ui/**", "/actuator", "/actuator/**");

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'; object-src 'none'";

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "interest-cohort=()";

	/**
	 * Before the API chain, which matches every request: this one claims all but
	 * {@link #NOT_FOR_PEOPLE}.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain consoleSecurity(HttpSecurity http, ConsoleUserDetailsService users,
			PasswordEncoder passwordEncoder, ConsoleSignIn sessions, TokenThrottle throttle) throws Exception {
		DaoAuthenticationProvider signIn = new DaoAuthenticationProvider(users);
		signIn.setPasswordEncoder(passwordEncoder);
		http.securityMatcher(new NegatedRequestMatcher(new OrRequestMatcher(NOT_FOR_PEOPLE.stream()
			.map(PathPatternRequestMatcher::pathPattern)
			.map(RequestMatcher.class::cast)
			.toList())))
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/sign-in", "/sign-up", "/verify-email", "/invitations/*", "/error", "/console/**",
						"/webjars/**", "/favicon.ico")
				.permitAll()
				.anyRequest()
				.authenticated())
			.authenticationProvider(signIn)
			.securityContext((context) -> context.securityContextRepository(sessions.repository()))
			.formLogin((form) -> form.loginPage("/sign-in")
				.usernameParameter("email")
				.successHandler(new ContinueUrlSuccessHandler())
				.failureHandler(ConsoleSecurityConfiguration::signInFailed))
			.logout((logout) -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signed-out"))
			.addFilterBefore(new SignInThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
			.headers((headers) -> headers
				// every script, style, image and form target is the app's own; no frames,
				// no plugins
				.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				// invitation and verification pages carry their token in the URL: never
				// send it to another site
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				.permissionsPolicyHeader((permissions) -> permissions.policy(PERMISSIONS_POLICY)));
		return http.build();
	}

	/**
	 * Back to the form, which keeps the e-mail address and where to go next (never the
	 * password).
	 */
	private static void signInFailed(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException ex) throws IOException {
		UriComponentsBuilder form = UriComponentsBuilder.fromPath(request.getContextPath() + "/sign-in")
			.queryParam("error", "");
		List<Object> values = new ArrayList<>();
		for (String name : List.of("email", "continue")) {
			String value = request.getParameter(name);
			if (value != null && !value.isBlank()) {
				form.queryParam(name, "{" + name + "}");
				values.add(value);
			}
		}
		response.sendRedirect(form.encode().buildAndExpand(values.toArray()).toUriString());
	}

}
