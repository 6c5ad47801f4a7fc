package dev.belgie.organization.autoconfigure.mail;

import dev.belgie.organization.invitation.Invitation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import dev.belgie.organization.invitation.InvitationEmail;
import dev.belgie.organization.spi.OrganizationUser;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link InvitationEmailTemplate}: placeholders are replaced in one pass, so values that
 * look like placeholders stay text.
 */
class InvitationEmailTemplateTests {

	private static final String LINK = "https://app.example.com/invitations/1?token=secret";

	private final InvitationEmailTemplate template = new InvitationEmailTemplate(
			"{inviterName} invited you to join {organizationName}", resource("Join {organizationName}: {link}"),
			resource("<p>{inviterName} invited you to {organizationName}: <a href=\"{link}\">join</a> {unknown}</p>"));

	@Test
	void aHostileOrganizationNameDoesNotLeakTheLinkOrTheAddressIntoTheSubject() {
		InvitationEmail email = email("Org {link} {email}", "{inviterEmail}");

		assertThat(this.template.subject(email)).isEqualTo("{inviterEmail} invited you to join Org {link} {email}");
		assertThat(this.template.text(email)).isEqualTo("Join Org {link} {email}: " + LINK);
	}

	@Test
	void htmlValuesAreEscapedAndUnknownPlaceholdersKept() {
		InvitationEmail email = email("<b>Acme</b> & {link}", "Olivia");

		assertThat(this.template.html(email))
			.isEqualTo("<p>Olivia invited you to &lt;b&gt;Acme&lt;/b&gt; &amp; {link}: "
					+ "<a href=\"https://app.example.com/invitations/1?token=secret\">join</a> {unknown}</p>");
	}

	@Test
	void valuesWithRegexReplacementCharactersAreInsertedLiterally() {
		InvitationEmail email = email("Cash $1 \\ Co", "Olivia");

		assertThat(this.template.subject(email)).isEqualTo("Olivia invited you to join Cash $1 \\ Co");
	}

	private static InvitationEmail email(String organizationName, String inviterName) {
		Instant now = Instant.parse("2026-01-01T10:00:00Z");
		Invitation invitation = new Invitation(UUID.randomUUID(), UUID.randomUUID(), organizationName,
				"ivy@example.com", "member", "pending", "owner-1", null, now.plusSeconds(3600), now);
		return new InvitationEmail(invitation, new OrganizationUser("owner-1", "owner@example.com", inviterName), LINK,
				false);
	}

	private static ByteArrayResource resource(String text) {
		return new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8));
	}

}
