package dev.belgie.organization.autoconfigure;

import dev.belgie.organization.OrganizationService;
import dev.belgie.organization.autoconfigure.mail.InvitationEmailListener;
import dev.belgie.organization.autoconfigure.mail.InvitationEmailTemplate;
import dev.belgie.organization.autoconfigure.mail.JavaMailInvitationEmailSender;
import dev.belgie.organization.autoconfigure.mail.LoggingInvitationEmailSender;
import dev.belgie.organization.spi.InvitationEmailSender;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Invitation e-mails: sent through Spring Mail when a {@link JavaMailSender} is configured, logged
 * otherwise; an application replaces the whole sender with its own {@link InvitationEmailSender} bean.
 */
@AutoConfiguration(after = { OrganizationAutoConfiguration.class, MailSenderAutoConfiguration.class })
@ConditionalOnBooleanProperty(name = "belgie.organization.enabled", matchIfMissing = true)
@ConditionalOnBean(OrganizationService.class)
public final class OrganizationMailAutoConfiguration {

	/** Registered after the nested configuration's sender, so that it is only the fallback. */
	@Bean
	@ConditionalOnMissingBean(InvitationEmailSender.class)
	public LoggingInvitationEmailSender invitationEmailSender() {
		return new LoggingInvitationEmailSender();
	}

	@Bean
	@ConditionalOnMissingBean
	public InvitationEmailListener invitationEmailListener(InvitationEmailSender sender,
			OrganizationProperties properties) {
		String baseUrl = properties.getBaseUrl().replaceAll("/+$", "");
		return new InvitationEmailListener(sender, properties.getInvitationUrl().replace("{base-url}", baseUrl));
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
