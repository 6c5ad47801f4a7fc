package dev.belgie.sample;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.icegreen.greenmail.base.GreenMailOperations;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import static org.assertj.core.api.Assertions.fail;

/** Waits for e-mails, sent asynchronously, in the GreenMail server of a test. */
final class MailBox {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private MailBox() {
	}

	/**
	 * The latest message to {@code recipient} with that subject, waiting up to 10 seconds
	 * for it.
	 */
	static MimeMessage await(GreenMailOperations greenMail, String recipient, String subject) {
		List<MimeMessage> messages = await(greenMail, recipient, subject, 1);
		return messages.get(messages.size() - 1);
	}

	/**
	 * The messages to {@code recipient} with that subject, once there are {@code count}
	 * of them, oldest first.
	 */
	static List<MimeMessage> await(GreenMailOperations greenMail, String recipient, String subject, int count) {
		Instant deadline = Instant.now().plus(TIMEOUT);
		while (true) {
			List<MimeMessage> found = Arrays.stream(greenMail.getReceivedMessages())
				.filter((message) -> isTo(message, recipient) && subject.equals(subjectOf(message)))
				.toList();
			if (found.size() >= count) {
				return found;
			}
			if (Instant.now().isAfter(deadline)) {
				fail("%d e-mail(s) to %s with subject \"%s\" expected, %d received", count, recipient, subject,
						found.size());
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	private static boolean isTo(MimeMessage message, String recipient) {
		try {
			Address[] recipients = Optional.ofNullable(message.getAllRecipients()).orElse(new Address[0]);
			return Arrays.stream(recipients).anyMatch((address) -> address.toString().equalsIgnoreCase(recipient));
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String subjectOf(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
