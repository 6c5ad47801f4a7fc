package dev.belgie.sample.console;

import dev.belgie.organization.OrganizationClient;
import dev.belgie.organization.error.OrganizationException;
import dev.belgie.organization.spi.OrganizationUser;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every console page knows (the signed-in user, for the header and the verification
 * notice), and an error the page did not handle itself shown as a page with a readable
 * message. Ahead of the starter's advice, which answers the API's errors as problem
 * details, and limited to the console's controllers.
 */
@ControllerAdvice(basePackageClasses = ConsoleAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleAdvice {

	private final OrganizationClient organizations;

	ConsoleAdvice(OrganizationClient organizations) {
		this.organizations = organizations;
	}

	/** The signed-in user, or {@code null} on the pages open to everyone. */
	@ModelAttribute("me")
	OrganizationUser me() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
			return null;
		}
		return this.organizations.currentUser();
	}

	@ExceptionHandler(OrganizationException.class)
	String problem(OrganizationException ex, Model model, HttpServletResponse response) {
		response.setStatus(ex.getStatus());
		model.addAttribute("me", me()); // model attribute methods do not run for
										// exception handlers
		model.addAttribute("problem", ConsoleProblem.of(ex));
		return "console/problem";
	}

}
