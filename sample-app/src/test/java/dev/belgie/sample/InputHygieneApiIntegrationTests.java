package dev.belgie.sample;

import java.math.BigDecimal;
import java.util.Map;

import dev.belgie.sample.SampleApi.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names, addresses, logos and metadata are refused on the offending field, or kept
 * exactly.
 */
class InputHygieneApiIntegrationTests extends ApiIntegrationTests {

	@ParameterizedTest
	@ValueSource(strings = { "Acme\r\nINFO forged log line", "Acme\u0000", "\u202EcmA", "Ac\u200Bme" })
	void anOrganizationNameWithControlFormatOrBidiCharactersIsRefusedOnName(String name) {
		TestUser owner = this.api.signUp("Hana");
		this.api.post("/api/organizations", owner.token(), Map.of("name", name)).expectInvalid("name");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Ann\r\nINFO forged", "Ann\u0000", "\u202EnnA" })
	void aUserNameWithControlFormatOrBidiCharactersIsRefusedOnName(String name) {
		this.api
			.post("/api/users", null,
					Map.of("email", SampleApi.uniqueEmail("hana"), "name", name, "password", SampleApi.PASSWORD))
			.expectInvalid("name");
	}

	@ParameterizedTest
	@ValueSource(strings = { "victim,attacker@example.com", "victim@example.com.", "Victim <victim@example.com>",
			"vic tim@example.com", "victim@exa\u0007mple.com" })
	void anInvitationToAnAddressNoMailerCanUseIsRefusedOnEmail(String email) {
		TestUser owner = this.api.signUp("Hana");
		String id = this.api.createOrganization(owner, "Acme").get("id").asString();
		this.api
			.post("/api/organizations/" + id + "/invitations", owner.token(), Map.of("email", email, "role", "member"))
			.expectInvalid("email");
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "ftp://example.com/a.png" })
	void aLogoThatIsNotAnHttpUrlIsRefusedOnLogo(String logo) {
		TestUser owner = this.api.signUp("Hana");
		this.api.post("/api/organizations", owner.token(), Map.of("name", "Acme", "logo", logo)).expectInvalid("logo");
	}

	@Test
	void metadataNumbersAreKeptExactly() {
		TestUser owner = this.api.signUp("Hana");
		String precise = "0.12345678901234567890123456789";
		JsonNode created = this.api
			.post("/api/organizations", owner.token(),
					"{\"name\":\"Acme\",\"metadata\":{\"huge\":1e400,\"precise\":" + precise
							+ ",\"big\":123456789012345678901234567890}}")
			.expect(201);
		String details = this.api.get("/api/organizations/" + created.get("id").asString(), owner.token()).text();
		// read as a careful client would: decimals as BigDecimal, not double
		JsonNode metadata = JsonMapper.builder()
			.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
			.build()
			.readTree(details)
			.get("metadata");
		assertThat(metadata.get("huge").isNumber()).isTrue();
		assertThat(metadata.get("huge").decimalValue()).isEqualByComparingTo(new BigDecimal("1e400"));
		assertThat(metadata.get("precise").decimalValue()).isEqualByComparingTo(new BigDecimal(precise));
		assertThat(metadata.get("big").bigIntegerValue()).hasToString("123456789012345678901234567890");
	}

}
