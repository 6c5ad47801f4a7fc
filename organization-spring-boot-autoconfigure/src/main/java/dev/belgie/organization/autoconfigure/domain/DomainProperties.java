package dev.belgie.organization.autoconfigure.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Configuration of verified domains: the DNS servers and timeout of the default verifier,
 * and the public e-mail providers refused besides the public suffixes.
 */
@ConfigurationProperties("belgie.organization.domains")
public class DomainProperties implements Validator {

	/**
	 * DNS servers asked for the verification TXT records, as host:port (or host, port
	 * 53). The system's servers when empty.
	 */
	private List<String> servers = new ArrayList<>();

	/**
	 * How long to wait for a DNS server's first answer; each further attempt waits twice
	 * as long.
	 */
	private Duration timeout = Duration.ofSeconds(2);

	/**
	 * How many times each DNS server is asked before the domain counts as not verified.
	 */
	private int attempts = 2;

	/**
	 * Public e-mail providers no organization may claim (their subdomains neither),
	 * besides the public suffixes of the public suffix list.
	 */
	private Set<String> publicEmailProviders = new LinkedHashSet<>(
			List.of("gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "yahoo.com",
					"ymail.com", "icloud.com", "me.com", "mac.com", "aol.com", "proton.me", "protonmail.com", "gmx.com",
					"gmx.de", "gmx.net", "web.de", "mail.com", "mail.ru", "yandex.ru", "yandex.com", "zoho.com",
					"qq.com", "163.com", "126.com", "naver.com", "fastmail.com", "hey.com", "tutanota.com"));

	public List<String> getServers() {
		return this.servers;
	}

	public void setServers(List<String> servers) {
		this.servers = servers;
	}

	public Duration getTimeout() {
		return this.timeout;
	}

	public void setTimeout(Duration timeout) {
		this.timeout = timeout;
	}

	public int getAttempts() {
		return this.attempts;
	}

	public void setAttempts(int attempts) {
		this.attempts = attempts;
	}

	public Set<String> getPublicEmailProviders() {
		return this.publicEmailProviders;
	}

	public void setPublicEmailProviders(Set<String> publicEmailProviders) {
		this.publicEmailProviders = publicEmailProviders;
	}

	@Override
	public boolean supports(Class<?> type) {
		return DomainProperties.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		DomainProperties properties = (DomainProperties) target;
		if (properties.getTimeout() == null || properties.getTimeout().isNegative()
				|| properties.getTimeout().isZero()) {
			errors.rejectValue("timeout", "positive", "must be a positive duration");
		}
		if (properties.getAttempts() < 1 || properties.getAttempts() > 10) {
			errors.rejectValue("attempts", "range", "must be between 1 and 10");
		}
		for (String server : properties.getServers()) {
			if (!server.matches("[A-Za-z0-9.\\-]+(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?")) {
				errors.rejectValue("servers", "format", "'" + server + "' is not host or host:port");
			}
		}
	}

}
