package dev.belgie.sample.accounts.verification;

import java.util.concurrent.RejectedExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends verification e-mails after the transaction that issued their token commits, on a
 * small executor of its own: a slow or hung mail server (bounded by the SMTP timeouts in
 * {@code application.yml}) never blocks a request nor holds a database connection.
 * Through Spring Mail when {@code spring.mail.host} is set; otherwise the link is logged,
 * so development needs no mail server. A lost e-mail is not retried: the user asks for a
 * fresh one ({@code POST /api/users/verification-email}).
 */
@Component
class VerificationMailer implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(VerificationMailer.class);

	private final JavaMailSender mailSender;

	private final VerificationProperties properties;

	private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

	VerificationMailer(ObjectProvider<JavaMailSender> mailSender, VerificationProperties properties) {
		this.mailSender = mailSender.getIfAvailable();
		this.properties = properties;
		// Not a bean: an Executor bean would replace Spring Boot's application task
		// executor.
		this.executor.setCorePoolSize(2);
		this.executor.setMaxPoolSize(2);
		this.executor.setQueueCapacity(1000);
		this.executor.setThreadNamePrefix("verification-mail-");
		this.executor.setDaemon(true);
		this.executor.setAwaitTerminationSeconds(5);
		this.executor.initialize();
	}

	@TransactionalEventListener
	void onCommitted(VerificationEmail email) {
		if (this.mailSender == null) {
			logger.info("No mail server configured (spring.mail.host): verification link for {}: {}", email.email(),
					email.link());
			return;
		}
		try {
			this.executor.execute(() -> send(email));
		}
		catch (RejectedExecutionException ex) {
			logger.warn("Verification e-mail to {} not sent: too many e-mails are waiting for the mail server",
					email.email());
		}
	}

	private void send(VerificationEmail email) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.properties.from());
		message.setTo(email.email());
		message.setSubject("Verify your e-mail address");
		// no text the user chose (such as the name): anyone may sign up with any address,
		// so this e-mail must
		// carry nothing an attacker could write to a stranger
		message.setText("Hello,\n\nPlease confirm that " + email.email()
				+ " is your e-mail address by opening this link within " + this.properties.expiresIn().toHours()
				+ " hours:\n\n" + email.link() + "\n\nIf you did not sign up, ignore this e-mail.\n");
		try {
			this.mailSender.send(message);
		}
		catch (MailException ex) {
			logger.warn("Verification e-mail to {} not sent: {}", email.email(), ex.getMessage());
		}
	}

	@Override
	public void destroy() {
		this.executor.shutdown();
	}

}
