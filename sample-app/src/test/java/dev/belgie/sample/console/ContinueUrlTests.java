package dev.belgie.sample.console;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContinueUrlTests {

	@Test
	void aPathOfTheAppIsKept() {
		assertThat(ContinueUrl.local("/invitations/1?token=a-b_c")).isEqualTo("/invitations/1?token=a-b_c");
	}

	@Test
	void anotherSiteIsNeverAPlaceToContinueTo() {
		assertThat(ContinueUrl.local("https://evil.example/")).isNull();
		assertThat(ContinueUrl.local("//evil.example/")).isNull();
		assertThat(ContinueUrl.local("/\\evil.example/")).isNull();
		assertThat(ContinueUrl.local("/\r\nSet-Cookie: x")).isNull();
		assertThat(ContinueUrl.local("")).isNull();
		assertThat(ContinueUrl.local(null)).isNull();
	}

}
