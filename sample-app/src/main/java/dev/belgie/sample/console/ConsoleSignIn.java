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
import org.springframework.stereotype.Component;

/** The console's sessions: where a signed-in user's security context lives, and signing in a new account. */
@Component
class ConsoleSignIn {

	private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	SecurityContextRepository repository() {
		return this.repository;
	}

	/** Signs in an account that was just created, in a fresh session (no fixation). */
	void signIn(UUID userId, HttpServletRequest request, HttpServletResponse response) {
		UserDetails principal = ConsoleUserDetailsService.principal(userId, "");
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		SecurityContext context = this.holder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
				principal.getAuthorities()));
		this.holder.setContext(context);
		this.repository.saveContext(context, request, response);
	}

}
