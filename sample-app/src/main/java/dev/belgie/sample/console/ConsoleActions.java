package dev.belgie.sample.console;

import java.util.function.Supplier;

import dev.belgie.organization.error.OrganizationException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A button's action (post, then redirect back): its success message or its error,
 * readable, on the page it came from.
 */
final class ConsoleActions {

	private ConsoleActions() {
	}

	/**
	 * Runs the action, which returns the notice to show, and redirects to {@code path}.
	 */
	static String run(RedirectAttributes redirect, String path, Supplier<String> action) {
		try {
			redirect.addFlashAttribute("notice", action.get());
		}
		catch (OrganizationException ex) {
			redirect.addFlashAttribute("problem", ConsoleProblem.ofAction(ex));
		}
		return redirect(path);
	}

	/**
	 * The view name of a redirect to a local location. Spring MVC reads a redirect's URL
	 * as a URI template, so any {@code {} or {@code }} (from user input) is
	 * percent-encoded first, as is every character that may not stand in a URL (non-ASCII
	 * ones included: Tomcat would drop a {@code Location} header holding them).
	 */
	static String redirect(String location) {
		return "redirect:" + ContinueUrl.encode(location);
	}

}
