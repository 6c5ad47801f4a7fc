package dev.belgie.sample.accounts.verification;

import dev.belgie.sample.accounts.UserAccount;
import dev.belgie.sample.accounts.UserAccountRepository;
import dev.belgie.sample.accounts.UserAccountService;
import dev.belgie.sample.api.SampleErrorCode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import dev.belgie.organization.error.OrganizationException;
import dev.belgie.organization.error.TooManyRequestsException;
import dev.belgie.sample.accounts.UserAccountService.User;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proof that a user's e-mail address is theirs: a secret, single-use token e-mailed as a
 * link, stored only as its hash, valid for {@code sample.verification.expires-in}; a new
 * token voids the previous one. The e-mail goes out after the transaction commits
 * ({@link VerificationMailer}).
 */
@Service
public class EmailVerificationService {

	private final UserAccountRepository users;

	private final ApplicationEventPublisher events;

	private final VerificationProperties properties;

	private final String baseUrl;

	private final Clock clock;

	EmailVerificationService(UserAccountRepository users, ApplicationEventPublisher events,
			VerificationProperties properties,
			@Value("${belgie.organization.base-url:http://localhost:8080}") String baseUrl,
			ObjectProvider<Clock> clock) {
		this.users = users;
		this.events = events;
		this.properties = properties;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.clock = clock.getIfUnique(Clock::systemUTC);
	}

	/**
	 * Issues the first token of a new account, in the sign-up's transaction; the e-mail
	 * follows the commit.
	 */
	public void start(UserAccount account) {
		String token = VerificationTokens.newToken();
		Instant now = this.clock.instant();
		account.startVerification(VerificationTokens.hash(token), now, now.plus(this.properties.expiresIn()));
		this.events.publishEvent(email(account, token));
	}

	/**
	 * Verifies the e-mail of the account the token was issued to; {@code INVALID_TOKEN}
	 * if unknown, used or expired.
	 */
	@Transactional
	public User verify(String token) {
		String hash = VerificationTokens.hash(token);
		Instant now = this.clock.instant();
		UserAccount account = this.users.findByVerificationTokenHash(hash)
			.filter((found) -> found.getVerificationTokenExpiresAt().isAfter(now))
			.orElseThrow(EmailVerificationService::invalidToken);
		if (this.users.verify(account.getId(), hash, now) == 0) {
			throw invalidToken();
		}
		return User.of(this.users.findById(account.getId()).orElseThrow(EmailVerificationService::invalidToken));
	}

	/**
	 * Sends a fresh verification e-mail to the user; {@code EMAIL_ALREADY_VERIFIED} once
	 * verified, 429 when the last one was requested less than
	 * {@code sample.verification.resend-interval} ago.
	 */
	@Transactional
	public void resend(UUID userId) {
		String token = VerificationTokens.newToken();
		Instant now = this.clock.instant();
		Duration interval = this.properties.resendInterval();
		int issued = this.users.reissueVerification(userId, VerificationTokens.hash(token),
				now.plus(this.properties.expiresIn()), now, now.minus(interval));
		UserAccount account = this.users.findById(userId).orElseThrow(UserAccountService::unknownUser);
		if (issued == 1) {
			this.events.publishEvent(email(account, token));
		}
		else if (account.isEmailVerified()) {
			throw new OrganizationException(SampleErrorCode.EMAIL_ALREADY_VERIFIED,
					"The e-mail address is already verified.");
		}
		else {
			throw new TooManyRequestsException(
					"A verification e-mail was sent less than " + interval.toSeconds() + " seconds ago.",
					Duration.between(now, account.getVerificationSentAt().plus(interval)));
		}
	}

	private VerificationEmail email(UserAccount account, String token) {
		return new VerificationEmail(account.getEmail(), this.baseUrl + "/verify-email?token=" + token);
	}

	private static OrganizationException invalidToken() {
		return new OrganizationException(SampleErrorCode.INVALID_TOKEN,
				"The verification token is unknown, already used or expired.");
	}

}
