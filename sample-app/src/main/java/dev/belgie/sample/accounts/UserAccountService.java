package dev.belgie.sample.accounts;

import dev.belgie.sample.accounts.verification.EmailVerificationService;
import dev.belgie.sample.api.SampleErrorCode;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import dev.belgie.organization.PlainTextRule;
import dev.belgie.organization.error.OrganizationErrorCode;
import dev.belgie.organization.error.OrganizationException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sign-up and sign-in of the sample app's own users. */
@Service
public class UserAccountService {

	/** Hashed once, so that an unknown e-mail costs as much time as a wrong password. */
	private final String dummyHash;

	private final UserAccountRepository users;

	private final PasswordEncoder passwordEncoder;

	private final JwtEncoder jwtEncoder;

	private final TokenProperties tokens;

	private final EmailVerificationService verification;

	private final Clock clock;

	UserAccountService(UserAccountRepository users, PasswordEncoder passwordEncoder, JwtEncoder jwtEncoder,
			TokenProperties tokens, EmailVerificationService verification, ObjectProvider<Clock> clock) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.jwtEncoder = jwtEncoder;
		this.tokens = tokens;
		this.verification = verification;
		this.clock = clock.getIfUnique(Clock::systemUTC);
		this.dummyHash = passwordEncoder.encode(UUID.randomUUID().toString());
	}

	/**
	 * Creates an unverified account and, once it is committed, e-mails its verification
	 * link.
	 */
	@Transactional
	public User signUp(String email, String name, String password) {
		String normalized = EmailAddresses.forSignUp(email);
		if (this.users.existsByEmail(normalized)) {
			throw emailTaken();
		}
		UserAccount account = new UserAccount(normalized, PlainTextRule.clean(name),
				this.passwordEncoder.encode(password), this.clock.instant());
		this.verification.start(account);
		try {
			this.users.saveAndFlush(account);
		}
		catch (DataIntegrityViolationException ex) {
			// a concurrent sign-up with the same address won (bounds were checked above)
			throw emailTaken();
		}
		return User.of(account);
	}

	/**
	 * An access token for the credentials, or {@code BAD_CREDENTIALS}; the token says
	 * whether the e-mail is verified.
	 */
	public Token issueToken(String email, String password) {
		UserAccount account = this.users.findByEmail(EmailAddresses.normalize(email)).orElse(null);
		String hash = (account != null) ? account.getPasswordHash() : this.dummyHash;
		if (!this.passwordEncoder.matches(password, hash) || account == null) {
			throw new OrganizationException(SampleErrorCode.BAD_CREDENTIALS, "Wrong e-mail address or password.");
		}
		Instant now = this.clock.instant();
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.subject(account.getId().toString())
			.claim("email", account.getEmail())
			.claim("name", account.getName())
			.claim("email_verified", account.isEmailVerified())
			.issuer(this.tokens.issuer())
			.issuedAt(now)
			.expiresAt(now.plus(this.tokens.expiresIn()))
			.build();
		String value = this.jwtEncoder
			.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
			.getTokenValue();
		return new Token(value, "Bearer", this.tokens.expiresIn().toSeconds());
	}

	/**
	 * The user a token's subject names; {@code UNAUTHENTICATED} when it names nobody (any
	 * more).
	 */
	public User find(String subject) {
		UUID id;
		try {
			id = UUID.fromString(subject);
		}
		catch (IllegalArgumentException ex) {
			id = null;
		}
		return ((id != null) ? this.users.findById(id) : Optional.<UserAccount>empty()).map(User::of)
			.orElseThrow(UserAccountService::unknownUser);
	}

	public static OrganizationException unknownUser() {
		return new OrganizationException(OrganizationErrorCode.UNAUTHENTICATED, "The token's user does not exist.");
	}

	private static OrganizationException emailTaken() {
		return new OrganizationException(SampleErrorCode.EMAIL_TAKEN, "The e-mail address is already registered.");
	}

	/** A user as the API shows it. */
	public record User(UUID id, String email, String name, boolean emailVerified) {

		public static User of(UserAccount account) {
			return new User(account.getId(), account.getEmail(), account.getName(), account.isEmailVerified());
		}

	}

	/** An access token as the API shows it. */
	public record Token(String accessToken, String tokenType, long expiresIn) {
	}

}
