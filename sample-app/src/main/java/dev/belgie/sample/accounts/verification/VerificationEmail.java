package dev.belgie.sample.accounts.verification;

/**
 * A verification e-mail to send once the transaction that issued its token commits.
 *
 * @param email the address to verify
 * @param link the verification link, with the secret token
 */
record VerificationEmail(String email, String link) {

	@Override
	public String toString() {
		// never the link: it carries the secret token
		return "VerificationEmail[email=" + this.email + "]";
	}

}
