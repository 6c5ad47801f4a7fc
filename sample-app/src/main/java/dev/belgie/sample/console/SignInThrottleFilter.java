package dev.belgie.sample.console;

import java.io.IOException;

import dev.belgie.organization.error.OrganizationException;
import dev.belgie.organization.error.TooManyRequestsException;
import dev.belgie.sample.accounts.throttle.TokenThrottle;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Throttles the console's sign-in form ({@code POST /sign-in}) before the password is
 * checked, per remote address and per e-mail address, with the buckets of
 * {@code POST /api/auth/token} ({@link TokenThrottle}): a password guessed through one
 * counts against the other. Beyond the limit: 429 with {@code Retry-After}, shown as the
 * console's error page.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

	private final TokenThrottle throttle;

	SignInThrottleFilter(TokenThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod())
				&& (request.getContextPath() + "/sign-in").equals(request.getRequestURI()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			this.throttle.checkAddress(request.getRemoteAddr());
			checkEmail(request.getParameter("email"));
		}
		catch (TooManyRequestsException ex) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(ex.getRetryAfterSeconds()));
			response.sendError(ex.getStatus(), ex.getMessage());
			return;
		}
		chain.doFilter(request, response);
	}

	private void checkEmail(String email) {
		if (email == null || email.isBlank()) {
			return;
		}
		try {
			this.throttle.checkEmail(email);
		}
		catch (TooManyRequestsException ex) {
			throw ex;
		}
		catch (OrganizationException ex) {
			// not an address anyone can have (too long, control characters): its sign-in
			// fails by itself
		}
	}

}
