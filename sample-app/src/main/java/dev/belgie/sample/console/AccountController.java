package dev.belgie.sample.console;

import dev.belgie.organization.PlainText;
import dev.belgie.organization.error.OrganizationException;
import dev.belgie.sample.accounts.UserAccountService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Signing up and in (the sign-in form itself is processed by Spring Security's form
 * login).
 */
@Controller
class AccountController {

	private final UserAccountService accounts;

	private final ConsoleSignIn sessions;

	AccountController(UserAccountService accounts, ConsoleSignIn sessions) {
		this.accounts = accounts;
		this.sessions = sessions;
	}

	@GetMapping("/sign-in")
	String signIn(@RequestParam(required = false) String email,
			@RequestParam(name = "continue", required = false) String continueTo, Model model) {
		model.addAttribute("email", email);
		model.addAttribute("continueTo", ContinueUrl.local(continueTo));
		return "console/sign-in";
	}

	@GetMapping("/sign-up")
	String signUpForm(@RequestParam(required = false) String email,
			@RequestParam(name = "continue", required = false) String continueTo, Model model) {
		model.addAttribute("form", new SignUpForm(email, null, null, ContinueUrl.local(continueTo)));
		return "console/sign-up";
	}

	@PostMapping("/sign-up")
	String signUp(@Valid @ModelAttribute("form") SignUpForm form, BindingResult binding, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		if (binding.hasErrors()) {
			model.addAttribute("problem", ConsoleProblem.of(binding));
			return "console/sign-up";
		}
		try {
			UserAccountService.User user = this.accounts.signUp(form.email(), form.name(), form.password());
			this.sessions.signIn(user.id(), request, response);
		}
		catch (OrganizationException ex) {
			model.addAttribute("problem", ConsoleProblem.of(ex));
			return "console/sign-up";
		}
		String next = ContinueUrl.local(form.continueTo());
		return ConsoleActions.redirect((next != null) ? next : "/");
	}

	/**
	 * What the sign-up form holds; the password is never shown again.
	 *
	 * @param continueTo the local page to open once signed up
	 */
	record SignUpForm(@NotBlank @Email @PlainText @Size(max = 320) String email,
			@NotBlank @PlainText @Size(max = 100) String name, @NotBlank @Size(min = 8, max = 128) String password,
			String continueTo) {
	}

}
