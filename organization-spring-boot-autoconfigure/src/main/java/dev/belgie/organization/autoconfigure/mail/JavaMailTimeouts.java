package dev.belgie.organization.autoconfigure.mail;

import java.time.Duration;
import java.util.Properties;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Gives Spring Mail senders connect, read and write timeouts, which JavaMail does not
 * have by default (a server that accepts and never answers would hold the sending thread
 * forever). A timeout the application set itself
 * ({@code spring.mail.properties.mail.smtp.timeout}, ...) is kept.
 */
public class JavaMailTimeouts implements BeanPostProcessor {

	/** The timeouts this sets when the application did not. */
	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

	private static final String[] TIMEOUTS = { "connectiontimeout", "timeout", "writetimeout" };

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof JavaMailSenderImpl sender) {
			Properties properties = sender.getJavaMailProperties();
			String protocol = (sender.getProtocol() != null) ? sender.getProtocol() : "smtp";
			for (String timeout : TIMEOUTS) {
				properties.putIfAbsent("mail." + protocol + "." + timeout, String.valueOf(DEFAULT_TIMEOUT.toMillis()));
			}
		}
		return bean;
	}

}
