package dev.belgie.sample.console;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

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
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The console's security, beside the API's: every request outside {@code /api/**} goes through a session
 * chain with form login and CSRF protection, so that {@code /api/**} keeps its stateless bearer-token chain
 * (which never reads the session: a console cookie does not authenticate an API call).
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurityConfiguration {

	/** Before the API chain, which matches every request: this one claims all but {@code /api/**}. */
	@Bean
	@Order(1)
	SecurityFilterChain consoleSecurity(HttpSecurity http, ConsoleUserDetailsService users,
			PasswordEncoder passwordEncoder, ConsoleSignIn sessions) throws Exception {
		DaoAuthenticationProvider signIn = new DaoAuthenticationProvider(users);
		signIn.setPasswordEncoder(passwordEncoder);
		http.securityMatcher(new NegatedRequestMatcher(PathPatternRequestMatcher.pathPattern("/api/**")))
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/sign-in", "/sign-up", "/verify-email", "/invitations/*", "/error",
						"/console/**", "/webjars/**", "/favicon.ico")
				.permitAll()
				.anyRequest()
				.authenticated())
			.authenticationProvider(signIn)
			.securityContext((context) -> context.securityContextRepository(sessions.repository()))
			.formLogin((form) -> form.loginPage("/sign-in")
				.usernameParameter("email")
				.successHandler(new ContinueUrlSuccessHandler())
				.failureHandler(ConsoleSecurityConfiguration::signInFailed))
			.logout((logout) -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signed-out"));
		return http.build();
	}

	/** Back to the form, which keeps the e-mail address and where to go next (never the password). */
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
