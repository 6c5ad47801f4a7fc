package dev.belgie.organization.autoconfigure.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import dev.belgie.organization.spi.InvitationEmail;
import org.springframework.core.io.Resource;

/**
 * The subject, plain-text and HTML body of an invitation e-mail, from templates with {@code {name}}
 * placeholders. Templates are read once; values placed into the HTML body are HTML-escaped.
 */
public class InvitationEmailTemplate {

	private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final String subject;

	private final String text;

	private final String html;

	public InvitationEmailTemplate(String subject, Resource textTemplate, Resource htmlTemplate) {
		this.subject = subject;
		this.text = read(textTemplate);
		this.html = read(htmlTemplate);
	}

	public String subject(InvitationEmail email) {
		return render(this.subject, email, UnaryOperator.identity());
	}

	public String text(InvitationEmail email) {
		return render(this.text, email, UnaryOperator.identity());
	}

	public String html(InvitationEmail email) {
		return render(this.html, email, InvitationEmailTemplate::escapeHtml);
	}

	static Map<String, String> values(InvitationEmail email) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("organizationName", email.invitation().organizationName());
		String inviterName = email.inviter().name();
		values.put("inviterName", (inviterName != null) ? inviterName : String.valueOf(email.inviter().email()));
		values.put("inviterEmail", String.valueOf(email.inviter().email()));
		values.put("role", email.invitation().role());
		values.put("email", email.invitation().email());
		values.put("expiresAt", EXPIRY.format(email.invitation().expiresAt()));
		values.put("link", email.link());
		return values;
	}

	private static String render(String template, InvitationEmail email, UnaryOperator<String> escape) {
		String result = template;
		for (Map.Entry<String, String> value : values(email).entrySet()) {
			result = result.replace("{" + value.getKey() + "}", escape.apply(value.getValue()));
		}
		return result;
	}

	static String escapeHtml(String value) {
		StringBuilder escaped = new StringBuilder(value.length());
		for (char c : value.toCharArray()) {
			switch (c) {
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '&' -> escaped.append("&amp;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

	private static String read(Resource resource) {
		try {
			return resource.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the invitation e-mail template " + resource, ex);
		}
	}

}
