package dev.belgie.organization.autoconfigure.mail;

import dev.belgie.organization.invitation.InvitationRequest;
import dev.belgie.organization.organization.CreateOrganizationRequest;
import dev.belgie.organization.organization.Organization;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.belgie.organization.OrganizationService;
import dev.belgie.organization.autoconfigure.OrganizationAutoConfiguration;
import dev.belgie.organization.autoconfigure.OrganizationMailAutoConfiguration;
import dev.belgie.organization.autoconfigure.app.empty.NoEntitiesApplication;
import dev.belgie.organization.testsupport.TestDatabase;
import dev.belgie.organization.testsupport.TestDatabases;
import dev.belgie.organization.spi.OrganizationUser;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * The outbox on real databases, with applications that stop and start as processes do:
 * what was committed is sent after a restart, and instances sharing a database never send
 * one e-mail twice. Runs on H2; its subclasses run it on PostgreSQL and MariaDB.
 */
class InvitationOutboxDatabaseIntegrationTests {

	@RegisterExtension
	static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	private static final OrganizationUser OWNER = new OrganizationUser("owner-1", "owner@example.com", "Olivia Owner");

	private final List<ConfigurableApplicationContext> applications = new ArrayList<>();

	private TestDatabase database;

	/** Keeps an in-memory database alive between one application and the next. */
	private Connection keepAlive;

	@BeforeEach
	void createDatabase() throws Exception {
		greenMail.purgeEmailFromAllMailboxes();
		this.database = TestDatabases.forTestClass(getClass());
		Map<String, Object> properties = this.database.dataSourceProperties();
		this.keepAlive = DriverManager.getConnection((String) properties.get("spring.datasource.url"),
				(String) properties.get("spring.datasource.username"),
				(String) properties.get("spring.datasource.password"));
	}

	@AfterEach
	void dropDatabase() throws Exception {
		this.applications.forEach(ConfigurableApplicationContext::close);
		if (this.keepAlive != null) {
			this.keepAlive.close();
		}
		if (this.database != null) {
			this.database.close();
		}
	}

	@Test
	void invitationsCommittedBeforeACrashAreSentAfterTheRestart() throws Exception {
		ConfigurableApplicationContext crashed = start("belgie.organization.mail.outbox.enabled=false");
		List<String> invitees = invite(crashed, 3);
		crashed.close();
		assertThat(greenMail.getReceivedMessages()).isEmpty();

		ConfigurableApplicationContext restarted = start();

		assertThat(greenMail.waitForIncomingEmail(15000, 3)).isTrue();
		Thread.sleep(500);
		assertThat(recipients()).containsExactlyInAnyOrderElementsOf(invitees);
		InvitationOutbox outbox = restarted.getBean(InvitationOutbox.class);
		// times round-trip exactly through the database's own type
		assertThat(outbox.entries("sent", 10)).hasSize(3).allSatisfy((entry) -> {
			assertThat(entry.attempts()).isOne();
			assertThat(entry.createdAt()).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
			assertThat(entry.sentAt()).isAfterOrEqualTo(entry.createdAt());
		});
		assertThat(outbox.stats().pending()).isZero();
	}

	@Test
	void instancesSharingTheDatabaseNeverSendOneEmailTwice() throws Exception {
		List<String> invitees = invite(start("belgie.organization.mail.outbox.enabled=false"), 30);
		String[] worker = { "belgie.organization.mail.outbox.poll-interval=50ms",
				"belgie.organization.mail.outbox.batch-size=3" };

		CompletableFuture<ConfigurableApplicationContext> first = CompletableFuture.supplyAsync(() -> start(worker));
		CompletableFuture<ConfigurableApplicationContext> second = CompletableFuture.supplyAsync(() -> start(worker));
		first.join();
		second.join();

		assertThat(greenMail.waitForIncomingEmail(30000, 30)).isTrue();
		Thread.sleep(1000);
		assertThat(recipients()).hasSize(30).containsExactlyInAnyOrderElementsOf(invitees);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> first.join().getBean(InvitationOutbox.class).entries("sent", 100).size() == 30);
	}

	private List<String> invite(ConfigurableApplicationContext application, int count) {
		OrganizationService service = application.getBean(OrganizationService.class);
		Organization organization = service.asSystem(OWNER).create(CreateOrganizationRequest.named("Acme"));
		List<String> invitees = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String invitee = "invitee-" + i + "@example.com";
			service.asSystem(OWNER).invite(organization.id(), InvitationRequest.of(invitee, "member"));
			invitees.add(invitee);
		}
		return invitees;
	}

	private static List<String> recipients() throws Exception {
		List<String> recipients = new ArrayList<>();
		for (MimeMessage message : greenMail.getReceivedMessages()) {
			Arrays.stream(message.getAllRecipients()).map(Object::toString).forEach(recipients::add);
		}
		return recipients;
	}

	private ConfigurableApplicationContext start(String... properties) {
		Map<String, Object> all = new LinkedHashMap<>(this.database.dataSourceProperties());
		all.put("spring.jpa.hibernate.ddl-auto", "validate");
		all.put("spring.mail.host", "127.0.0.1");
		all.put("spring.mail.port", greenMail.getSmtp().getPort());
		all.put("spring.datasource.hikari.pool-name", "outbox-" + UUID.randomUUID());
		for (String property : properties) {
			String[] keyValue = property.split("=", 2);
			all.put(keyValue[0], keyValue[1]);
		}
		ConfigurableApplicationContext application = new SpringApplicationBuilder(Application.class)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.properties(all)
			.run();
		synchronized (this.applications) {
			this.applications.add(application);
		}
		return application;
	}

	@Configuration(proxyBeanMethods = false)
	@Import(NoEntitiesApplication.class)
	@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
			TransactionAutoConfiguration.class, MailSenderAutoConfiguration.class, OrganizationAutoConfiguration.class,
			OrganizationMailAutoConfiguration.class })
	static class Application {

	}

}
