package dev.belgie.sample.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * After sign-in, back to the page that asked for it: the form's {@code continue} field
 * (for example the invitation page), else the request saved by the sign-in redirect, else
 * the console's home.
 */
class ContinueUrlSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	ContinueUrlSuccessHandler() {
		setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws java.io.IOException, jakarta.servlet.ServletException {
		String target = ContinueUrl.local(request.getParameter("continue"));
		if (target != null) {
			clearAuthenticationAttributes(request);
			getRedirectStrategy().sendRedirect(request, response, ContinueUrl.encode(target));
			return;
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

}
