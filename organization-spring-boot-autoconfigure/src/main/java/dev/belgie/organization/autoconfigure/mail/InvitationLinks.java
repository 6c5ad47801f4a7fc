package dev.belgie.organization.autoconfigure.mail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The links of invitation e-mails: the configured invitation URL with {@code {id}}
 * replaced, and the invitation's secret token as the {@code token} query parameter.
 */
public class InvitationLinks {

	private final String invitationUrl;

	/**
	 * @param invitationUrl the link template, with {@code {id}} for the invitation's id
	 */
	public InvitationLinks(String invitationUrl) {
		this.invitationUrl = invitationUrl;
	}

	public String link(UUID invitationId, String token) {
		String url = this.invitationUrl.replace("{id}", invitationId.toString());
		int fragment = url.indexOf('#');
		String beforeFragment = (fragment >= 0) ? url.substring(0, fragment) : url;
		String query = (beforeFragment.contains("?") ? "&" : "?") + "token="
				+ URLEncoder.encode(token, StandardCharsets.UTF_8);
		return beforeFragment + query + ((fragment >= 0) ? url.substring(fragment) : "");
	}

}
