package dev.belgie.organization.autoconfigure.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.belgie.organization.invitation.InvitationEmail;
import org.springframework.core.io.Resource;

/**
 * The subject, plain-text and HTML body of an invitation e-mail, from templates with
 * {@code {name}} placeholders, substituted in one pass. Templates are read once; values
 * placed into the HTML body are HTML-escaped.
 */
public class InvitationEmailTemplate {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

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

	/**
	 * Replaces every placeholder in one pass over the template: a value is never read as
	 * a template, so an organization named {@code "{link}"} stays that text. Unknown
	 * placeholders are left as they are.
	 */
	private static String render(String template, InvitationEmail email, UnaryOperator<String> escape) {
		Map<String, String> values = values(email);
		return PLACEHOLDER.matcher(template).replaceAll((match) -> {
			String value = values.get(match.group(1));
			return Matcher.quoteReplacement((value != null) ? escape.apply(value) : match.group());
		});
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
