package dev.belgie.organization.autoconfigure.mail;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.belgie.organization.CreateOrganizationRequest;
import dev.belgie.organization.InvitationRequest;
import dev.belgie.organization.InvitationSent;
import dev.belgie.organization.Organization;
import dev.belgie.organization.OrganizationService;
import dev.belgie.organization.autoconfigure.OrganizationAutoConfiguration;
import dev.belgie.organization.autoconfigure.OrganizationMailAutoConfiguration;
import dev.belgie.organization.internal.InvitationRepository;
import dev.belgie.organization.spi.InvitationEmail;
import dev.belgie.organization.spi.InvitationEmailSender;
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
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Invitation e-mails against a real SMTP server (GreenMail) and a real database (H2).
 */
@ExtendWith(OutputCaptureExtension.class)
class InvitationMailIntegrationTests {

	@RegisterExtension
	static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	private static final OrganizationUser OWNER = new OrganizationUser("owner-1", "owner@example.com", "Olivia Owner");

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				HibernateJpaAutoConfiguration.class,
				TransactionAutoConfiguration.class, MailSenderAutoConfiguration.class,
				OrganizationAutoConfiguration.class, OrganizationMailAutoConfiguration.class))
		.withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID(),
				"belgie.organization.base-url=https://app.example.com/",
				"belgie.organization.mail.from=team@app.example.com");

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
			Organization organization = service.create(CreateOrganizationRequest.named("Acme <Rockets> & Co"), OWNER);
			InvitationSent sent = service.invite(organization.id(), InvitationRequest.of("Ivy@Example.com", "admin"),
					OWNER);

			assertThat(greenMail.waitForIncomingEmail(5000, 1)).isTrue();
			MimeMessage message = greenMail.getReceivedMessages()[0];
			// the link carries the invitation's secret token: 256 random bits, URL-safe
			String link = "https://app.example.com/invitations/" + sent.invitation().id() + "?token=";
			String linkWithToken = Pattern.quote(link) + "[A-Za-z0-9_-]{43}";
			assertThat(message.getAllRecipients()[0].toString()).isEqualTo("ivy@example.com");
			assertThat(message.getFrom()[0].toString()).isEqualTo("team@app.example.com");
			assertThat(message.getSubject()).isEqualTo("Olivia Owner invited you to join Acme <Rockets> & Co");
			List<String> parts = parts(message);
			assertThat(parts).hasSize(2);
			String text = parts.stream().filter((part) -> !part.contains("<html>")).findFirst().orElseThrow();
			String html = parts.stream().filter((part) -> part.contains("<html>")).findFirst().orElseThrow();
			assertThat(text).contains("Olivia Owner (owner@example.com) invited you to join Acme <Rockets> & Co as admin")
				.containsPattern(linkWithToken)
				.contains("valid until");
			assertThat(html).contains("<strong>Acme &lt;Rockets&gt; &amp; Co</strong>")
				.containsPattern("href=\"" + linkWithToken + "\"")
				.doesNotContain("<Rockets>");
		});
	}

	@Test
	void resendSendsTheEmailAgain() {
		this.withGreenMail.run((context) -> {
			OrganizationService service = context.getBean(OrganizationService.class);
			Organization organization = service.create(CreateOrganizationRequest.named("Acme"), OWNER);
			service.invite(organization.id(), InvitationRequest.of("ivy@example.com", "member"), OWNER);
			service.invite(organization.id(), new InvitationRequest("ivy@example.com", "member", null, true), OWNER);

			assertThat(greenMail.waitForIncomingEmail(5000, 2)).isTrue();
			assertThat(greenMail.getReceivedMessages()).hasSize(2);
		});
	}

	@Test
	void nothingIsSentWhenTheTransactionRollsBack() {
		this.withGreenMail.run((context) -> {
			OrganizationService service = context.getBean(OrganizationService.class);
			Organization organization = service.create(CreateOrganizationRequest.named("Acme"), OWNER);
			TransactionTemplate transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));

			assertThatIllegalStateException().isThrownBy(() -> transaction.executeWithoutResult((status) -> {
				service.invite(organization.id(), InvitationRequest.of("ivy@example.com", "member"), OWNER);
				throw new IllegalStateException("the surrounding work failed");
			}));

			assertThat(greenMail.waitForIncomingEmail(1500, 1)).isFalse();
			assertThat(context.getBean(InvitationRepository.class).count()).isZero();
		});
	}

	@Test
	void aServerThatRefusesTheMessageLeavesTheInvitationIntact(CapturedOutput output) throws Exception {
		try (RefusingSmtpServer server = new RefusingSmtpServer()) {
			this.runner.withPropertyValues("spring.mail.host=127.0.0.1", "spring.mail.port=" + server.port())
				.run((context) -> {
					OrganizationService service = context.getBean(OrganizationService.class);
					Organization organization = service.create(CreateOrganizationRequest.named("Acme"), OWNER);
					InvitationSent sent = service.invite(organization.id(),
							InvitationRequest.of("ivy@example.com", "member"), OWNER);

					assertThat(server.refusedMessages()).isEqualTo(1);
					assertThat(service.invitations(organization.id(), 0, 50).items()).singleElement()
						.satisfies((invitation) -> {
							assertThat(invitation.id()).isEqualTo(sent.invitation().id());
							assertThat(invitation.status()).isEqualTo("pending");
						});
					assertThat(output).contains("Could not send the e-mail of invitation " + sent.invitation().id());
				});
		}
	}

	@Test
	void withoutAMailServerTheLinkIsLogged(CapturedOutput output) {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(LoggingInvitationEmailSender.class);
			OrganizationService service = context.getBean(OrganizationService.class);
			Organization organization = service.create(CreateOrganizationRequest.named("Acme"), OWNER);
			InvitationSent sent = service.invite(organization.id(), InvitationRequest.of("ivy@example.com", "member"),
					OWNER);

			assertThat(output).contains("https://app.example.com/invitations/" + sent.invitation().id());
		});
	}

	@Test
	void anApplicationSenderReplacesTheDefault() {
		this.withGreenMail.withUserConfiguration(RecordingSenderConfiguration.class).run((context) -> {
			assertThat(context).doesNotHaveBean(JavaMailInvitationEmailSender.class);
			OrganizationService service = context.getBean(OrganizationService.class);
			Organization organization = service.create(CreateOrganizationRequest.named("Acme"), OWNER);
			InvitationSent sent = service.invite(organization.id(), InvitationRequest.of("ivy@example.com", "member"),
					OWNER);

			List<InvitationEmail> sentEmails = context.getBean(RecordingSenderConfiguration.class).sent;
			assertThat(sentEmails).singleElement().satisfies((email) -> {
				assertThat(email.invitation().id()).isEqualTo(sent.invitation().id());
				assertThat(email.link())
					.matches(Pattern.quote("https://app.example.com/invitations/" + sent.invitation().id())
							+ "\\?token=[A-Za-z0-9_-]{43}");
				assertThat(email.inviter()).isEqualTo(OWNER);
			});
			assertThat(greenMail.waitForIncomingEmail(1000, 1)).isFalse();
		});
	}

	@Test
	void theInvitationUrlIsConfigurable() {
		this.withGreenMail.withPropertyValues("belgie.organization.invitation-url=https://join.example.com/i/{id}?x=1")
			.run((context) -> {
				OrganizationService service = context.getBean(OrganizationService.class);
				Organization organization = service.create(CreateOrganizationRequest.named("Acme"), OWNER);
				InvitationSent sent = service.invite(organization.id(),
						InvitationRequest.of("ivy@example.com", "member"), OWNER);

				assertThat(greenMail.waitForIncomingEmail(5000, 1)).isTrue();
				assertThat(GreenMailUtil.getBody(greenMail.getReceivedMessages()[0]))
					.contains("https://join.example.com/i/" + sent.invitation().id() + "?x=1");
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

		final List<InvitationEmail> sent = new ArrayList<>();

		@Bean
		InvitationEmailSender recordingSender() {
			return this.sent::add;
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
