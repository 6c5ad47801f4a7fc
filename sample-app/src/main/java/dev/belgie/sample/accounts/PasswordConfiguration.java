package dev.belgie.sample.accounts;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

/** How the sample's accounts hash their passwords. */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

	/**
	 * PBKDF2 for new hashes: passwords may be up to 128 characters, and BCrypt refuses
	 * more than 72 bytes. BCrypt hashes made before still match.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		String pbkdf2 = "pbkdf2@SpringSecurity_v5_8";
		Map<String, PasswordEncoder> encoders = Map.of(pbkdf2, Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
				"bcrypt", new BCryptPasswordEncoder());
		return new DelegatingPasswordEncoder(pbkdf2, encoders);
	}

}
