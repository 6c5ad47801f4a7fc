package dev.belgie.organization.test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

import dev.belgie.organization.invitation.InvitationEmail;
import dev.belgie.organization.invitation.InvitationEmailSender;

/**
 * The application's {@link InvitationEmailSender} in a test: records every invitation
 * e-mail instead of sending it, so the test reads the link and the token without an SMTP
 * server. The starter's outbox still delivers (in the background, right after the
 * inviting transaction commits), so a test waits for an e-mail with
 * {@link #awaitEmailTo(String)}. Added by {@link RecordInvitationEmails}; the starter's
 * own sender backs off.
 */
public class InvitationEmailRecorder implements InvitationEmailSender {

	private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

	private final List<RecordedInvitationEmail> emails = new ArrayList<>();

	@Override
	public synchronized void send(InvitationEmail email) {
		this.emails.add(new RecordedInvitationEmail(email));
		notifyAll();
	}

	/**
	 * Every e-mail recorded so far, oldest first.
	 * @return the e-mails
	 */
	public synchronized List<RecordedInvitationEmail> emails() {
		return List.copyOf(this.emails);
	}

	/**
	 * The latest e-mail to {@code address} (compared ignoring case), waiting up to 10
	 * seconds for the outbox to deliver it.
	 * @param address the recipient's address
	 * @return the e-mail
	 * @throws AssertionError when none arrived in time
	 */
	public RecordedInvitationEmail awaitEmailTo(String address) {
		return awaitEmailTo(address, DEFAULT_TIMEOUT);
	}

	/**
	 * The latest e-mail to {@code address} (compared ignoring case), waiting up to
	 * {@code timeout} for the outbox to deliver it.
	 * @param address the recipient's address
	 * @param timeout how long to wait
	 * @return the e-mail
	 * @throws AssertionError when none arrived in time
	 */
	public RecordedInvitationEmail awaitEmailTo(String address, Duration timeout) {
		String wanted = address.trim().toLowerCase(Locale.ROOT);
		return await((email) -> email.to().equalsIgnoreCase(wanted), timeout)
			.orElseThrow(() -> new AssertionError("No invitation e-mail to " + address + " within " + timeout
					+ "; recorded: " + emails().stream().map(RecordedInvitationEmail::to).toList()));
	}

	/** Forgets every e-mail recorded so far. */
	public synchronized void clear() {
		this.emails.clear();
	}

	private synchronized Optional<RecordedInvitationEmail> await(Predicate<RecordedInvitationEmail> wanted,
			Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			for (int i = this.emails.size() - 1; i >= 0; i--) {
				if (wanted.test(this.emails.get(i))) {
					return Optional.of(this.emails.get(i));
				}
			}
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				return Optional.empty();
			}
			try {
				wait(Math.max(1, left / 1_000_000));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return Optional.empty();
			}
		}
	}

}
