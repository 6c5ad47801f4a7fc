package dev.belgie.sample.console;

import java.util.UUID;

import dev.belgie.organization.OrganizationClient;
import dev.belgie.organization.error.OrganizationException;
import dev.belgie.sample.accounts.verification.EmailVerificationService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page the verification e-mail links to, and "send again". Opening the link only
 * shows a button: the address is confirmed by a deliberate post, not by a mail scanner
 * that prefetches links.
 */
@Controller
class VerificationController {

	private final EmailVerificationService verification;

	private final OrganizationClient organizations;

	VerificationController(EmailVerificationService verification, OrganizationClient organizations) {
		this.verification = verification;
		this.organizations = organizations;
	}

	@GetMapping("/verify-email")
	String verifyPage(@RequestParam(defaultValue = "") String token, Model model) {
		model.addAttribute("token", token);
		return "console/verify-email";
	}

	@PostMapping("/verify-email")
	String verify(@RequestParam(defaultValue = "") String token, Model model, RedirectAttributes redirect) {
		try {
			this.verification.verify(token);
		}
		catch (OrganizationException ex) {
			model.addAttribute("token", token);
			model.addAttribute("problem", ConsoleProblem.of(ex));
			return "console/verify-email";
		}
		redirect.addFlashAttribute("notice", "Thank you: your e-mail address is confirmed.");
		return (model.getAttribute("me") != null) ? ConsoleActions.redirect("/") : ConsoleActions.redirect("/sign-in");
	}

	@PostMapping("/verification-email")
	String sendAgain(RedirectAttributes redirect) {
		try {
			this.verification.resend(UUID.fromString(this.organizations.currentUser().id()));
			redirect.addFlashAttribute("notice", "We sent you a new link. It may take a minute to arrive.");
		}
		catch (OrganizationException ex) {
			// too many requests included: its detail says when to try again
			redirect.addFlashAttribute("problem", ConsoleProblem.of(ex));
		}
		return ConsoleActions.redirect("/");
	}

}
