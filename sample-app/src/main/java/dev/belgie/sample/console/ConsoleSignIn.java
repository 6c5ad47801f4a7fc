package dev.belgie.sample.console;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.stereotype.Component;

/**
 * The console's sessions: where a signed-in user's security context lives, and signing in
 * a new account.
 */
@Component
class ConsoleSignIn {

	private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	/**
	 * The console chain's CSRF tokens are in the session under the default name: this
	 * repository reaches them.
	 */
	private final CsrfAuthenticationStrategy csrf = new CsrfAuthenticationStrategy(
			new HttpSessionCsrfTokenRepository());

	SecurityContextRepository repository() {
		return this.repository;
	}

	/**
	 * Signs in an account that was just created, in a fresh session (no fixation) with a
	 * fresh CSRF token (the one of the anonymous sign-up form is not valid after it), as
	 * a form sign-in does.
	 */
	void signIn(UUID userId, HttpServletRequest request, HttpServletResponse response) {
		UserDetails principal = ConsoleUserDetailsService.principal(userId, "");
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		SecurityContext context = this.holder.createEmptyContext();
		UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken
			.authenticated(principal, null, principal.getAuthorities());
		context.setAuthentication(authentication);
		this.csrf.onAuthentication(authentication, request, response);
		this.holder.setContext(context);
		this.repository.saveContext(context, request, response);
	}

}
