package dev.belgie.organization.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTests {

	@Test
	void derivesFromTheName() {
		assertThat(Slugs.derive("Acme Inc.")).isEqualTo("acme-inc");
		assertThat(Slugs.derive("  Société Générale & Fils  ")).isEqualTo("societe-generale-fils");
	}

	@Test
	void transliteratesNonLatinNamesInsteadOfCollapsingThem() {
		assertThat(Slugs.derive("Ромашка")).isEqualTo("romaska");
		assertThat(Slugs.derive("東京")).isEqualTo("dong-jing");
		assertThat(Slugs.derive("Αθήνα")).isEqualTo("athena");
		assertThat(Slugs.derive("🙂")).isEqualTo("org");
	}

	@Test
	void derivedSlugsAreValidAndAtMost48Characters() {
		String slug = Slugs.derive("a".repeat(47) + " b c");
		assertThat(slug).hasSizeLessThanOrEqualTo(48);
		assertThat(Slugs.isValid(slug)).isTrue();
	}

	@Test
	void firstFreeAddsTheSmallestFreeNumber() {
		assertThat(Slugs.firstFree(Slugs.candidates("acme"), List.of())).isEqualTo("acme");
		assertThat(Slugs.firstFree(Slugs.candidates("acme"), List.of("acme"))).isEqualTo("acme-2");
		assertThat(Slugs.firstFree(Slugs.candidates("acme"), List.of("acme", "acme-2", "acme-3"))).isEqualTo("acme-4");
	}

	@Test
	void whenEveryNumberedCandidateIsTakenARandomSuffixIsUsed() {
		List<String> candidates = Slugs.candidates("acme");
		assertThat(candidates).hasSize(Slugs.CANDIDATES);
		String slug = Slugs.firstFree(candidates, candidates);
		assertThat(slug).matches("acme-[0-9a-z]{6}");
		assertThat(Slugs.isValid(slug)).isTrue();
	}

	@Test
	void candidatesKeepLongSlugsWithinTheLimit() {
		String base = "a".repeat(48);
		String slug = Slugs.firstFree(Slugs.candidates(base), List.of(base));
		assertThat(slug).hasSize(48).endsWith("-2");
		assertThat(Slugs.isValid(slug)).isTrue();
		assertThat(Slugs.isValid(Slugs.randomSuffix(base))).isTrue();
	}

	@Test
	void validatesThePattern() {
		assertThat(Slugs.isValid("acme")).isTrue();
		assertThat(Slugs.isValid("a")).isTrue();
		assertThat(Slugs.isValid("acme-2")).isTrue();
		assertThat(Slugs.isValid("-acme")).isFalse();
		assertThat(Slugs.isValid("acme-")).isFalse();
		assertThat(Slugs.isValid("Acme")).isFalse();
		assertThat(Slugs.isValid("ac me")).isFalse();
		assertThat(Slugs.isValid("a".repeat(49))).isFalse();
		assertThat(Slugs.isValid("")).isFalse();
	}

}
