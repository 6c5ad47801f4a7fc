package dev.belgie.organization.autoconfigure.mail;

import dev.belgie.organization.invitation.InvitationEmail;
import dev.belgie.organization.invitation.InvitationEmailSender;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends invitation e-mails through Spring Mail: one message with a plain-text and an HTML
 * part.
 */
public class JavaMailInvitationEmailSender implements InvitationEmailSender {

	private final JavaMailSender mailSender;

	private final InvitationEmailTemplate template;

	private final String from;

	public JavaMailInvitationEmailSender(JavaMailSender mailSender, InvitationEmailTemplate template, String from) {
		this.mailSender = mailSender;
		this.template = template;
		this.from = from;
	}

	@Override
	public void send(InvitationEmail email) {
		MimeMessage message = this.mailSender.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
			helper.setFrom(this.from);
			helper.setTo(email.invitation().email());
			helper.setSubject(this.template.subject(email));
			helper.setText(this.template.text(email), this.template.html(email));
		}
		catch (MessagingException ex) {
			throw new MailPreparationException("Cannot prepare the e-mail of invitation " + email.invitation().id(),
					ex);
		}
		this.mailSender.send(message);
	}

}
