package dev.belgie.organization.domain;

import java.time.Duration;
import java.util.Hashtable;
import java.util.List;
import java.util.stream.Collectors;

import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default {@link DomainVerifier}: reads the TXT records of the verification name
 * through the JDK's DNS provider (JNDI {@code dns:}, UDP with TCP for truncated answers;
 * no extra library), asking the given servers or, when none are given, the system's.
 */
public class DnsTxtDomainVerifier implements DomainVerifier {

	private static final Logger logger = LoggerFactory.getLogger(DnsTxtDomainVerifier.class);

	private final List<String> servers;

	private final Duration timeout;

	private final int attempts;

	/**
	 * A verifier asking the given servers.
	 * @param servers {@code host:port} (or {@code host}) of the DNS servers; empty for
	 * the system's
	 * @param timeout how long to wait for the first answer of a server
	 * @param attempts how many times to ask each server (at least one), each time waiting
	 * twice as long
	 */
	public DnsTxtDomainVerifier(List<String> servers, Duration timeout, int attempts) {
		this.servers = List.copyOf(servers);
		this.timeout = timeout;
		this.attempts = Math.max(1, attempts);
	}

	@Override
	public boolean verify(String domain, String recordName, String token) {
		Hashtable<String, String> environment = new Hashtable<>();
		environment.put(DirContext.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.dns.DnsContextFactory");
		environment.put(DirContext.PROVIDER_URL,
				this.servers.stream().map((server) -> "dns://" + server).collect(Collectors.joining(" ")));
		environment.put("com.sun.jndi.dns.timeout.initial", Long.toString(Math.max(1, this.timeout.toMillis())));
		// the JDK provider calls the number of attempts "retries"
		environment.put("com.sun.jndi.dns.timeout.retries", Integer.toString(this.attempts));
		DirContext context = null;
		try {
			context = new InitialDirContext(environment);
			Attributes attributes = context.getAttributes(recordName, new String[] { "TXT" });
			Attribute txt = attributes.get("TXT");
			if (txt == null) {
				return false;
			}
			NamingEnumeration<?> values = txt.getAll();
			while (values.hasMore()) {
				if (token.equals(unquote(String.valueOf(values.next())))) {
					return true;
				}
			}
			return false;
		}
		catch (NamingException ex) {
			// NameNotFoundException (NXDOMAIN), CommunicationException (timeout),
			// ServiceUnavailableException
			logger.debug("No verification record {}: {}", recordName, ex.toString());
			return false;
		}
		finally {
			if (context != null) {
				try {
					context.close();
				}
				catch (NamingException ex) {
					// nothing held open
				}
			}
		}
	}

	private static String unquote(String value) {
		String trimmed = value.strip();
		if (trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")) {
			return trimmed.substring(1, trimmed.length() - 1);
		}
		return trimmed;
	}

}
