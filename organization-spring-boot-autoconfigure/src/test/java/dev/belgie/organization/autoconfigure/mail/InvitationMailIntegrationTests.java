package dev.belgie.organization.autoconfigure.mail;

import dev.belgie.organization.invitation.InvitationCreatedEvent;
import dev.belgie.organization.invitation.InvitationRequest;
import dev.belgie.organization.invitation.InvitationSent;
import dev.belgie.organization.organization.CreateOrganizationRequest;
import dev.belgie.organization.organization.Organization;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.belgie.organization.OrganizationService;
import dev.belgie.organization.autoconfigure.OrganizationAutoConfiguration;
import dev.belgie.organization.autoconfigure.OrganizationMailAutoConfiguration;
import dev.belgie.organization.internal.InvitationRepository;
import dev.belgie.organization.invitation.InvitationEmail;
import dev.belgie.organization.invitation.InvitationEmailSender;
import dev.belgie.organization.spi.OrganizationUser;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;

/**
 * Invitation e-mails against a real SMTP server (GreenMail) and a real database (H2):
 * recorded in the outbox with the invitation, sent by the worker.
 */
@ExtendWith(OutputCaptureExtension.class)
class InvitationMailIntegrationTests {

	@RegisterExtension
	static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	private static final OrganizationUser OWNER = new OrganizationUser("owner-1", "owner@example.com", "Olivia Owner");

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
				TransactionAutoConfiguration.class, MailSenderAutoConfiguration.class,
				OrganizationAutoConfiguration.class, OrganizationMailAutoConfiguration.class))
		.withUserConfiguration(TokenCapture.class)
		.withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID(),
				"belgie.organization.base-url=https://app.example.com/",
				"belgie.organization.mail.from=team@app.example.com",
				"belgie.organization.mail.outbox.initial-backoff=100ms",
				"belgie.organization.mail.outbox.max-backoff=200ms",
				"belgie.organization.mail.outbox.poll-interval=100ms");

	private final ApplicationContextRunner withGreenMail = this.runner.withPropertyValues("spring.mail.host=127.0.0.1",
			"spring.mail.port=" + greenMail.getSmtp().getPort());

	@BeforeEach
	void emptyMailboxes() throws Exception {
		greenMail.purgeEmailFromAllMailboxes();
	}

	@Test
	void invitationEmailArrivesWithTextAndHtmlPartsAndTheLink() {
		this.withGreenMail.run((context) -> {
			OrganizationService service = context.getBean(OrganizationService.class);
			Organization organization = service.asSystem(OWNER)
				.create(CreateOrganizationRequest.named("Acme <Rockets> & Co"));
			InvitationSent sent = service.asSystem(OWNER)
				.invite(organization.id(), InvitationRequest.of("Ivy@Example.com", "admin"));

			assertThat(greenMail.waitForIncomingEmail(5000, 1)).isTrue();
			MimeMessage message = greenMail.getReceivedMessages()[0];
			String token = context.getBean(TokenCapture.class).token(sent.invitation().id());
			// the link carries the invitation's secret token: 256 random bits, URL-safe
			assertThat(token).matches("[A-Za-z0-9_-]{43}");
			String link = "https://app.example.com/invitations/" + sent.invitation().id() + "?token=" + token;
			assertThat(message.getAllRecipients()[0].toString()).isEqualTo("ivy@example.com");
			assertThat(message.getFrom()[0].toString()).isEqualTo("team@app.example.com");
			// the inviter's words never open the subject, and the organization's name is
			// marked as one
			assertThat(message.getSubject()).isEqualTo("Invitation to join the organization \"Acme <Rockets> & Co\"");
			List<String> parts = parts(message);
			assertThat(parts).hasSize(2);
			String text = parts.stream().filter((part) -> !part.contains("<html>")).findFirst().orElseThrow();
			String html = parts.stream().filter((part) -> part.contains("<html>")).findFirst().orElseThrow();
			assertThat(text).contains("You are invited to join the organization named \"Acme <Rockets> & Co\" as admin")
				.contains("sent by Olivia Owner (owner@example.com)")
				.contains(link)
				.contains("valid until");
			assertThat(html).contains("<strong>&ldquo;Acme &lt;Rockets&gt; &amp; Co&rdquo;</strong>")
				.contains("href=\"" + link + "\"")
				.doesNotContain("<Rockets>");
			// the message reaches the SMTP server a moment before the worker records it
			// as sent
			InvitationOutbox outbox = context.getBean(InvitationOutbox.class);
			await().atMost(Duration.ofSeconds(10))
				.until(() -> outbox.entriesOf(sent.invitation().id()).get(0).status(), "sent"::equals);
			assertThat(outbox.entriesOf(sent.invitation().id())).singleElement().satisfies((entry) -> {
				assertThat(entry.status()).isEqualTo("sent");
				assertThat(entry.attempts()).isOne();
				assertThat(entry.sentAt()).isNotNull();
			});
			assertThat(context.getBean(InvitationOutbox.class).stats().pending()).isZero();
		});
	}

	@Test
	void anOrganizationNameWithPlaceholdersIsTextNotTemplate() {
		this.withGreenMail.run((context) -> {
			OrganizationService service = context.getBean(OrganizationService.class);
			Organization organization = service.asSystem(OWNER)
				.create(CreateOrganizationRequest.named("Org {link} {email}"));
			service.asSystem(OWNER).invite(organization.id(), InvitationRequest.of("ivy@example.com", "member"));

			assertThat(greenMail.waitForIncomingEmail(5000, 1)).isTrue();
			MimeMessage message = greenMail.getReceivedMessages()[0];
			assertThat(message.getSubject()).isEqualTo("Invitation to join the organization \"Org {link} {email}\"");
			assertThat(parts(message)).allSatisfy((part) -> assertThat(part).contains("Org {link} {email}"));
		});
	}

	@Test
	void resendSendsTheEmailAgain() {
		this.withGreenMail.run((context) -> {
			OrganizationService service = context.getBean(OrganizationService.class);
			Organization organization = service.asSystem(OWNER).create(CreateOrganizationRequest.named("Acme"));
			service.asSystem(OWNER).invite(organization.id(), InvitationRequest.of("ivy@example.com", "member"));
			assertThat(greenMail.waitForIncomingEmail(5000, 1)).isTrue();
			service.asSystem(OWNER)
				.invite(organization.id(), new InvitationRequest("ivy@example.com", "member", null, true));

			assertThat(greenMail.waitForIncomingEmail(5000, 2)).isTrue();
			assertThat(greenMail.getReceivedMessages()).hasSize(2);
		});
	}

	@Test
	void aResendDiscardsTheUnsentEmailOfTheOldTokenAndSendsOnlyTheNewLink() {
		this.withGreenMail.withPropertyValues("belgie.organization.mail.outbox.enabled=false").run((context) -> {
			assertThat(context).doesNotHaveBean(InvitationOutboxWorker.class);
			OrganizationService service = context.getBean(OrganizationService.class);
			Organization organization = service.asSystem(OWNER).create(CreateOrganizationRequest.named("Acme"));
			InvitationSent first = service.asSystem(OWNER)
				.invite(organization.id(), InvitationRequest.of("ivy@example.com", "member"));
			String oldToken = context.getBean(TokenCapture.class).token(first.invitation().id());
			service.asSystem(OWNER)
				.invite(organization.id(), new InvitationRequest("ivy@example.com", "member", null, true));
			String newToken = context.getBean(TokenCapture.class).token(first.invitation().id());
			InvitationOutbox outbox = context.getBean(InvitationOutbox.class);
			assertThat(outbox.entriesOf(first.invitation().id())).extracting(InvitationOutboxEntry::status)
				.containsExactly("discarded", "pending");

			withWorker(context, () -> await().atMost(Duration.ofSeconds(5))
				.until(() -> outbox.entriesOf(first.invitation().id()).get(1).status(), "sent"::equals));

			assertThat(greenMail.getReceivedMessages()).singleElement()
				.satisfies((message) -> assertThat(String.join("\n", parts(message))).contains("token=" + newToken)
					.doesNotContain(oldToken));
			assertThat(outbox.entriesOf(first.invitation().id())).extracting(InvitationOutboxEntry::status)
				.containsExactly("discarded", "sent");
		});
	}

	@Test
	void withTheWorkerOffTheEmailWaitsInTheOutbox() {
		this.withGreenMail.withPropertyValues("belgie.organization.mail.outbox.enabled=false").run((context) -> {
			OrganizationService service = context.getBean(OrganizationService.class);
			Organization organization = service.asSystem(OWNER).create(CreateOrganizationRequest.named("Acme"));
			InvitationSent sent = service.asSystem(OWNER)
				.invite(organization.id(), InvitationRequest.of("ivy@example.com", "member"));

			assertThat(greenMail.waitForIncomingEmail(1000, 1)).isFalse();
			InvitationOutboxStats stats = context.getBean(InvitationOutbox.class).stats();
			assertThat(stats.pending()).isOne();
			assertThat(stats.failed()).isZero();
			assertThat(stats.mostAttempts()).isZero();
			assertThat(context.getBean(InvitationOutbox.class).entries("pending", 10)).singleElement()
				.satisfies((entry) -> assertThat(entry.invitationId()).isEqualTo(sent.invitation().id()));
		});
	}

	@Test
	void emailsOfAnInvitationThatIsNoLongerPendingAreDiscarded() {
		this.withGreenMail.withPropertyValues("belgie.organization.mail.outbox.enabled=false").run((context) -> {
			OrganizationService service = context.getBean(OrganizationService.class);
			Organization organization = service.asSystem(OWNER).create(CreateOrganizationRequest.named("Acme"));
			InvitationSent sent = service.asSystem(OWNER)
				.invite(organization.id(), InvitationRequest.of("ivy@example.com", "member"));
			service.asSystem().cancelInvitation(organization.id(), sent.invitation().id());

			InvitationOutbox outbox = context.getBean(InvitationOutbox.class);
			withWorker(context, () -> await().atMost(Duration.ofSeconds(5))
				.until(() -> outbox.entriesOf(sent.invitation().id()).get(0).status(), "discarded"::equals));

			assertThat(greenMail.waitForIncomingEmail(500, 1)).isFalse();
			assertThat(outbox.entriesOf(sent.invitation().id())).singleElement().satisfies((entry) -> {
				assertThat(entry.status()).isEqualTo("discarded");
				assertThat(entry.lastError()).isEqualTo("the invitation is no longer pending");
			});
		});
	}

	@Test
	void nothingIsSentWhenTheTransactionRollsBack() {
		this.withGreenMail.run((context) -> {
			OrganizationService service = context.getBean(OrganizationService.class);
			Organization organization = service.asSystem(OWNER).create(CreateOrganizationRequest.named("Acme"));
			TransactionTemplate transaction = new TransactionTemplate(
					context.getBean(PlatformTransactionManager.class));

			assertThatIllegalStateException().isThrownBy(() -> transaction.executeWithoutResult((status) -> {
				service.asSystem(OWNER).invite(organization.id(), InvitationRequest.of("ivy@example.com", "member"));
				throw new IllegalStateException("the surrounding work failed");
			}));

			assertThat(greenMail.waitForIncomingEmail(1500, 1)).isFalse();
			assertThat(context.getBean(InvitationRepository.class).count()).isZero();
			assertThat(context.getBean(InvitationOutbox.class).stats().pending()).isZero();
		});
	}

	@Test
	void aRefusingServerIsRetriedWithBackOffUntilTheEmailIsGivenUpAndTheInvitationIsKept(CapturedOutput output)
			throws Exception {
		try (RefusingSmtpServer server = new RefusingSmtpServer()) {
			this.runner
				.withPropertyValues("spring.mail.host=127.0.0.1", "spring.mail.port=" + server.port(),
						"belgie.organization.mail.outbox.max-attempts=3",
						"belgie.organization.mail.outbox.initial-backoff=300ms",
						"belgie.organization.mail.outbox.max-backoff=1s")
				.run((context) -> {
					OrganizationService service = context.getBean(OrganizationService.class);
					InvitationOutbox outbox = context.getBean(InvitationOutbox.class);
					Organization organization = service.asSystem(OWNER).create(CreateOrganizationRequest.named("Acme"));
					InvitationSent sent = service.asSystem(OWNER)
						.invite(organization.id(), InvitationRequest.of("ivy@example.com", "member"));
					UUID invitationId = sent.invitation().id();

					InvitationOutboxEntry first = await().atMost(Duration.ofSeconds(10))
						.until(() -> outbox.entriesOf(invitationId).get(0),
								(entry) -> entry.attempts() == 1 && entry.status().equals("pending"));
					assertThat(first.lastError()).contains("554");
					assertThat(outbox.stats().mostAttempts()).isOne();
					InvitationOutboxEntry second = await().atMost(Duration.ofSeconds(10))
						.until(() -> outbox.entriesOf(invitationId).get(0),
								(entry) -> entry.attempts() == 2 && entry.status().equals("pending"));
					// after the first failure it waits 300 ms, after the second twice as
					// long
					assertThat(Duration.between(first.createdAt(), first.nextAttemptAt()))
						.isGreaterThanOrEqualTo(Duration.ofMillis(300));
					assertThat(Duration.between(first.nextAttemptAt(), second.nextAttemptAt()))
						.isGreaterThanOrEqualTo(Duration.ofMillis(600));
					InvitationOutboxEntry given = await().atMost(Duration.ofSeconds(10))
						.until(() -> outbox.entriesOf(invitationId).get(0), (entry) -> entry.status().equals("failed"));

					assertThat(given.attempts()).isEqualTo(3);
					assertThat(server.refusedMessages()).isEqualTo(3);
					assertThat(outbox.stats().failed()).isOne();
					assertThat(outbox.stats().pending()).isZero();
					assertThat(service.asSystem().invitations(organization.id(), 0, 50).items()).singleElement()
						.satisfies((invitation) -> {
							assertThat(invitation.id()).isEqualTo(invitationId);
							assertThat(invitation.status()).isEqualTo("pending");
						});
					assertThat(output).contains("Could not send the e-mail of invitation " + invitationId)
						.contains("Gave up the e-mail of invitation " + invitationId)
						.doesNotContain(context.getBean(TokenCapture.class).token(invitationId));

					assertThat(outbox.retryFailed()).isOne();
					await().atMost(Duration.ofSeconds(10)).until(server::refusedMessages, (refused) -> refused == 4);
				});
		}
	}

	@Test
	void theMailSenderGetsTimeoutsUnlessTheApplicationSetItsOwn() {
		this.withGreenMail.withPropertyValues("spring.mail.properties.mail.smtp.timeout=2500").run((context) -> {
			JavaMailSenderImpl sender = context.getBean(JavaMailSenderImpl.class);
			assertThat(sender.getJavaMailProperties()).containsEntry("mail.smtp.timeout", "2500")
				.containsEntry("mail.smtp.connectiontimeout", "10000")
				.containsEntry("mail.smtp.writetimeout", "10000");
			assertThat(sender.getSession().getProperty("mail.smtp.connectiontimeout")).isEqualTo("10000");
		});
	}

	@Test
	void withoutAMailServerTheLinkIsLogged(CapturedOutput output) {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(LoggingInvitationEmailSender.class);
			OrganizationService service = context.getBean(OrganizationService.class);
			Organization organization = service.asSystem(OWNER).create(CreateOrganizationRequest.named("Acme"));
			InvitationSent sent = service.asSystem(OWNER)
				.invite(organization.id(), InvitationRequest.of("ivy@example.com", "member"));

			await().atMost(Duration.ofSeconds(5))
				.untilAsserted(() -> assertThat(output)
					.contains("https://app.example.com/invitations/" + sent.invitation().id() + "?token="));
		});
	}

	@Test
	void anApplicationSenderReplacesTheDefaultAndIsCalledOutsideAnyTransaction() {
		this.withGreenMail.withUserConfiguration(RecordingSenderConfiguration.class).run((context) -> {
			assertThat(context).doesNotHaveBean(JavaMailInvitationEmailSender.class);
			OrganizationService service = context.getBean(OrganizationService.class);
			Organization organization = service.asSystem(OWNER).create(CreateOrganizationRequest.named("Acme"));
			InvitationSent sent = service.asSystem(OWNER)
				.invite(organization.id(), InvitationRequest.of("ivy@example.com", "member"));

			List<InvitationEmail> sentEmails = context.getBean(RecordingSenderConfiguration.class).sent;
			String token = context.getBean(TokenCapture.class).token(sent.invitation().id());
			await().atMost(Duration.ofSeconds(5)).until(() -> !sentEmails.isEmpty());
			assertThat(sentEmails).singleElement().satisfies((email) -> {
				assertThat(email.invitation()).isEqualTo(sent.invitation());
				assertThat(email.link())
					.isEqualTo("https://app.example.com/invitations/" + sent.invitation().id() + "?token=" + token);
				assertThat(email.inviter()).isEqualTo(OWNER);
			});
			assertThat(context.getBean(RecordingSenderConfiguration.class).inTransaction)
				.as("sent in a transaction, or holding a connection")
				.containsExactly(false);
			assertThat(greenMail.waitForIncomingEmail(1000, 1)).isFalse();
		});
	}

	@Test
	void theInvitationUrlIsConfigurable() {
		this.withGreenMail.withPropertyValues("belgie.organization.invitation-url=https://join.example.com/i/{id}?x=1")
			.run((context) -> {
				OrganizationService service = context.getBean(OrganizationService.class);
				Organization organization = service.asSystem(OWNER).create(CreateOrganizationRequest.named("Acme"));
				InvitationSent sent = service.asSystem(OWNER)
					.invite(organization.id(), InvitationRequest.of("ivy@example.com", "member"));

				assertThat(greenMail.waitForIncomingEmail(5000, 1)).isTrue();
				String token = context.getBean(TokenCapture.class).token(sent.invitation().id());
				assertThat(parts(greenMail.getReceivedMessages()[0])).anySatisfy((part) -> assertThat(part)
					.contains("https://join.example.com/i/" + sent.invitation().id() + "?x=1&token=" + token));
			});
	}

	private static List<String> parts(MimeMessage message) throws Exception {
		List<String> parts = new ArrayList<>();
		collect(message.getContent(), parts);
		return parts;
	}

	private static void collect(Object content, List<String> parts) throws Exception {
		if (content instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				collect(multipart.getBodyPart(i).getContent(), parts);
			}
		}
		else if (content instanceof String text) {
			parts.add(text);
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class RecordingSenderConfiguration {

		final List<InvitationEmail> sent = new CopyOnWriteArrayList<>();

		final List<Boolean> inTransaction = new CopyOnWriteArrayList<>();

		@Bean
		InvitationEmailSender recordingSender(DataSource dataSource) {
			return (email) -> {
				this.inTransaction.add(TransactionSynchronizationManager.isActualTransactionActive()
						|| TransactionSynchronizationManager.hasResource(dataSource));
				this.sent.add(email);
			};
		}

	}

	/** Runs a worker of the test's own while {@code check} waits for what it did. */
	private static void withWorker(ApplicationContext context, Runnable check) {
		InvitationOutboxWorker worker = new InvitationOutboxWorker(context.getBean(InvitationOutbox.class),
				context.getBean(InvitationEmailSender.class), new InvitationOutboxSettings(Duration.ofMillis(100), 10,
						3, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofMinutes(1)),
				Clock.systemUTC());
		worker.start();
		try {
			check.run();
		}
		finally {
			worker.stop();
		}
	}

	/**
	 * The invitation links' secret tokens, by invitation id, as the events carry them.
	 */
	@Configuration(proxyBeanMethods = false)
	static class TokenCapture {

		private final Map<UUID, String> tokens = new ConcurrentHashMap<>();

		@EventListener
		void onInvitationCreated(InvitationCreatedEvent event) {
			this.tokens.put(event.invitation().id(), event.token());
		}

		String token(UUID invitationId) {
			return this.tokens.get(invitationId);
		}

	}

	/** A real SMTP server that answers every message with a permanent failure. */
	static final class RefusingSmtpServer implements AutoCloseable {

		private final ServerSocket socket = new ServerSocket(0);

		private volatile int refused;

		private final Thread thread = new Thread(this::serve, "refusing-smtp");

		RefusingSmtpServer() throws Exception {
			this.thread.setDaemon(true);
			this.thread.start();
		}

		int port() {
			return this.socket.getLocalPort();
		}

		int refusedMessages() {
			return this.refused;
		}

		private void serve() {
			while (!this.socket.isClosed()) {
				try (Socket client = this.socket.accept();
						BufferedReader in = new BufferedReader(
								new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
						PrintWriter out = new PrintWriter(
								new OutputStreamWriter(client.getOutputStream(), StandardCharsets.US_ASCII), true)) {
					out.print("220 refusing.example ESMTP\r\n");
					out.flush();
					String line;
					while ((line = in.readLine()) != null) {
						String command = line.toUpperCase();
						if (command.startsWith("EHLO") || command.startsWith("HELO")) {
							out.print("250 refusing.example\r\n");
						}
						else if (command.startsWith("MAIL FROM")) {
							this.refused++;
							out.print("554 5.7.1 Message refused\r\n");
						}
						else if (command.startsWith("QUIT")) {
							out.print("221 bye\r\n");
							out.flush();
							break;
						}
						else {
							out.print("503 5.5.1 Bad sequence of commands\r\n");
						}
						out.flush();
					}
				}
				catch (Exception ex) {
					// closed
				}
			}
		}

		@Override
		public void close() throws Exception {
			this.socket.close();
		}

	}

}
