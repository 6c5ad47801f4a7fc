package dev.belgie.organization.autoconfigure;

import java.time.Clock;

import javax.sql.DataSource;

import dev.belgie.organization.OrganizationService;
import dev.belgie.organization.autoconfigure.mail.InvitationEmailTemplate;
import dev.belgie.organization.autoconfigure.mail.InvitationLinks;
import dev.belgie.organization.autoconfigure.mail.InvitationOutbox;
import dev.belgie.organization.autoconfigure.mail.InvitationOutboxListener;
import dev.belgie.organization.autoconfigure.mail.InvitationOutboxRecorder;
import dev.belgie.organization.autoconfigure.mail.InvitationOutboxSettings;
import dev.belgie.organization.autoconfigure.mail.InvitationOutboxWorker;
import dev.belgie.organization.autoconfigure.mail.JavaMailInvitationEmailSender;
import dev.belgie.organization.autoconfigure.mail.JavaMailTimeouts;
import dev.belgie.organization.autoconfigure.mail.LoggingInvitationEmailSender;
import dev.belgie.organization.invitation.InvitationEmailSender;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Invitation e-mails: recorded in an outbox in the invitation's transaction and sent by a
 * background worker through Spring Mail when a {@link JavaMailSender} is configured
 * (logged otherwise); an application replaces the whole sender with its own
 * {@link InvitationEmailSender} bean.
 */
@AutoConfiguration(after = { OrganizationAutoConfiguration.class, MailSenderAutoConfiguration.class })
@ConditionalOnBooleanProperty(name = "belgie.organization.enabled", matchIfMissing = true)
@ConditionalOnBean(OrganizationService.class)
public final class OrganizationMailAutoConfiguration {

	/**
	 * Registered after the nested configuration's sender, so that it is only the
	 * fallback.
	 */
	@Bean
	@ConditionalOnMissingBean(InvitationEmailSender.class)
	public LoggingInvitationEmailSender invitationEmailSender() {
		return new LoggingInvitationEmailSender();
	}

	@Bean
	@ConditionalOnMissingBean
	public InvitationOutbox invitationOutbox(DataSource dataSource, PlatformTransactionManager transactionManager,
			ObjectProvider<Clock> clock) {
		return new InvitationOutbox(dataSource, transactionManager, clock.getIfUnique(Clock::systemUTC));
	}

	@Bean
	@ConditionalOnMissingBean
	public InvitationLinks organizationInvitationLinks(OrganizationProperties properties) {
		String baseUrl = properties.getBaseUrl().replaceAll("/+$", "");
		return new InvitationLinks(properties.getInvitationUrl().replace("{base-url}", baseUrl));
	}

	@Bean
	@ConditionalOnMissingBean
	public InvitationOutboxRecorder invitationOutboxRecorder(InvitationOutbox outbox, InvitationLinks links,
			ObjectProvider<InvitationOutboxWorker> worker) {
		return new InvitationOutboxRecorder(outbox, links, worker);
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBooleanProperty(name = "belgie.organization.mail.outbox.enabled", matchIfMissing = true)
	public InvitationOutboxWorker invitationOutboxWorker(InvitationOutbox outbox, InvitationEmailSender sender,
			OrganizationProperties properties, ObjectProvider<Clock> clock,
			ObjectProvider<InvitationOutboxListener> listeners) {
		return new InvitationOutboxWorker(outbox, sender, outboxSettings(properties.getMail().getOutbox()),
				clock.getIfUnique(Clock::systemUTC), listeners.orderedStream().toList());
	}

	private static InvitationOutboxSettings outboxSettings(OrganizationProperties.Outbox outbox) {
		return new InvitationOutboxSettings(outbox.getPollInterval(), outbox.getBatchSize(), outbox.getMaxAttempts(),
				outbox.getInitialBackoff(), outbox.getMaxBackoff(), outbox.getClaimTimeout());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(JavaMailSenderImpl.class)
	static class JavaMailTimeoutsConfiguration {

		@Bean
		static JavaMailTimeouts organizationJavaMailTimeouts() {
			return new JavaMailTimeouts();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(JavaMailSender.class)
	@ConditionalOnBean(JavaMailSender.class)
	static class JavaMailConfiguration {

		@Bean
		@ConditionalOnMissingBean
		public InvitationEmailTemplate invitationEmailTemplate(OrganizationProperties properties) {
			OrganizationProperties.Mail mail = properties.getMail();
			return new InvitationEmailTemplate(mail.getSubject(), mail.getTextTemplate(), mail.getHtmlTemplate());
		}

		@Bean
		@ConditionalOnMissingBean(InvitationEmailSender.class)
		public JavaMailInvitationEmailSender invitationEmailSender(JavaMailSender mailSender,
				InvitationEmailTemplate template, OrganizationProperties properties) {
			return new JavaMailInvitationEmailSender(mailSender, template, properties.getMail().getFrom());
		}

	}

}
