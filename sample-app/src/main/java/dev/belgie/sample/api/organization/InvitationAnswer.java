package dev.belgie.sample.api.organization;

/**
 * The body of an answer to an invitation: the secret token of the e-mailed link, which
 * proves the mailbox when the caller's e-mail is not verified.
 */
record InvitationAnswer(String token) {

	static String tokenOf(InvitationAnswer answer) {
		return (answer != null) ? answer.token() : null;
	}

}
