package dev.belgie.sample;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One real SMTP server (GreenMail, on a free port) for every application the HTTP tests
 * start: started once, it lives as long as the test JVM, so that applications cached
 * across test classes keep reaching it. Tests tell their e-mails apart by their unique
 * recipients.
 */
final class TestMailServer {

	static final String VERIFICATION_SUBJECT = "Verify your e-mail address";

	private static final Pattern VERIFICATION_LINK = Pattern.compile("/verify-email\\?token=([A-Za-z0-9_-]+)");

	private static final GreenMail greenMail = start();

	private TestMailServer() {
	}

	static GreenMail greenMail() {
		return greenMail;
	}

	static int port() {
		return greenMail.getSmtp().getPort();
	}

	/**
	 * The token of the latest verification e-mail sent to {@code email}, waiting for it
	 * to arrive.
	 */
	static String verificationToken(String email) {
		return verificationTokenIn(MailBox.await(greenMail, email, VERIFICATION_SUBJECT));
	}

	/** The token of the verification link in a verification e-mail. */
	static String verificationTokenIn(MimeMessage message) {
		try {
			Matcher link = VERIFICATION_LINK.matcher(message.getContent().toString());
			assertThat(link.find()).as("the e-mail contains the verification link").isTrue();
			return link.group(1);
		}
		catch (MessagingException | java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static GreenMail start() {
		GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		server.start();
		return server;
	}

}
