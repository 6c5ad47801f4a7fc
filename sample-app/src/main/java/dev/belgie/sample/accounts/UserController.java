package dev.belgie.sample.accounts;

import dev.belgie.sample.accounts.throttle.TokenThrottle;
import dev.belgie.sample.accounts.verification.EmailVerificationService;
import dev.belgie.organization.PlainText;
import dev.belgie.sample.web.openapi.ProblemResponses;
import dev.belgie.sample.accounts.UserAccountService.Token;
import dev.belgie.sample.accounts.UserAccountService.User;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The sample app's own accounts: sign-up, token, and who am I. */
@RestController
class UserController {

	private final UserAccountService accounts;

	private final EmailVerificationService verification;

	private final TokenThrottle throttle;

	UserController(UserAccountService accounts, EmailVerificationService verification, TokenThrottle throttle) {
		this.accounts = accounts;
		this.verification = verification;
		this.throttle = throttle;
	}

	@PostMapping("/api/users")
	@SecurityRequirements
	@ProblemResponses({ "VALIDATION_FAILED", "EMAIL_TAKEN" })
	@ResponseStatus(HttpStatus.CREATED)
	User signUp(@Valid @RequestBody SignUp body) {
		return this.accounts.signUp(body.email(), body.name(), body.password());
	}

	@PostMapping("/api/users/verify-email")
	@SecurityRequirements
	@ProblemResponses({ "VALIDATION_FAILED", "INVALID_TOKEN" })
	User verifyEmail(@Valid @RequestBody EmailVerification body) {
		return this.verification.verify(body.token());
	}

	@PostMapping("/api/users/verification-email")
	@ProblemResponses({ "EMAIL_ALREADY_VERIFIED", "TOO_MANY_REQUESTS" })
	ResponseEntity<Void> resendVerificationEmail(@AuthenticationPrincipal Jwt jwt) {
		this.verification.resend(this.accounts.find(jwt.getSubject()).id());
		return ResponseEntity.accepted().build();
	}

	/**
	 * Throttled before the (deliberately slow) password check: per remote address, then
	 * per e-mail.
	 */
	@PostMapping("/api/auth/token")
	@SecurityRequirements
	@ProblemResponses({ "VALIDATION_FAILED", "BAD_CREDENTIALS", "TOO_MANY_REQUESTS" })
	Token token(@Valid @RequestBody Credentials body, HttpServletRequest request) {
		this.throttle.checkAddress(request.getRemoteAddr());
		this.throttle.checkEmail(body.email());
		return this.accounts.issueToken(body.email(), body.password());
	}

	@GetMapping("/api/me")
	@ProblemResponses
	User me(@AuthenticationPrincipal Jwt jwt) {
		return this.accounts.find(jwt.getSubject());
	}

	record SignUp(@NotBlank @Email @PlainText @Size(max = 320) String email,
			@NotBlank @PlainText @Size(max = 100) String name, @NotBlank @Size(min = 8, max = 128) String password) {
	}

	record Credentials(@NotBlank @PlainText @Size(max = 320) String email, @NotBlank @Size(max = 128) String password) {
	}

	record EmailVerification(@NotBlank @Size(max = 256) String token) {
	}

}
