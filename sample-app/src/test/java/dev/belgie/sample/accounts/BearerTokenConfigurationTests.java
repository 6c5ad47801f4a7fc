package dev.belgie.sample.accounts;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/** The signing key of bearer tokens: never a constant anyone could read. */
@ExtendWith(OutputCaptureExtension.class)
class BearerTokenConfigurationTests {

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withUserConfiguration(Properties.class, BearerTokenConfiguration.class);

	@Test
	void withoutASecretEachStartGeneratesARandomKeyAndWarns(CapturedOutput output) {
		byte[][] keys = new byte[2][];
		for (int i = 0; i < 2; i++) {
			int start = i;
			this.contexts.run((context) -> keys[start] = context.getBean(TokenSigningKey.class).key().getEncoded());
		}
		assertThat(keys[0]).hasSize(32).isNotEqualTo(keys[1]);
		assertThat(output).contains("WARN").contains("sample.token.secret (SAMPLE_TOKEN_SECRET) is not set");
	}

	@Test
	void aBlankSecretIsNoSecret() {
		this.contexts.withPropertyValues("sample.token.secret=  ")
			.run((context) -> assertThat(context.getBean(TokenSigningKey.class).key().getEncoded()).hasSize(32));
	}

	@Test
	void aConfiguredSecretSignsTokens(CapturedOutput output) {
		String secret = "a-configured-secret-of-32-characters";
		this.contexts.withPropertyValues("sample.token.secret=" + secret)
			.run((context) -> assertThat(context.getBean(TokenSigningKey.class).key().getEncoded())
				.isEqualTo(secret.getBytes(StandardCharsets.UTF_8)));
		assertThat(output).doesNotContain("SAMPLE_TOKEN_SECRET");
	}

	@Test
	void aSecretShorterThan32CharactersFailsStartUp() {
		this.contexts.withPropertyValues("sample.token.secret=too-short")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("sample.token.secret must be at least 32 characters"));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(TokenProperties.class)
	static class Properties {

	}

}
