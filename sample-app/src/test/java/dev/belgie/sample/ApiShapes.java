package dev.belgie.sample;

import java.time.Instant;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The JSON shapes of shared/API.md: exactly the documented fields, ids as UUIDs,
 * timestamps in UTC.
 */
final class ApiShapes {

	static final String[] ORGANIZATION = { "id", "name", "slug", "logo", "metadata", "domain", "createdAt" };

	private ApiShapes() {
	}

	static void assertUser(JsonNode user) {
		assertThat(user.propertyNames()).containsExactlyInAnyOrder("id", "email", "name", "emailVerified");
		assertUuid(user.get("id"));
		assertThat(user.get("emailVerified").isBoolean()).isTrue();
	}

	static void assertOrganization(JsonNode organization) {
		assertThat(organization.propertyNames()).containsExactlyInAnyOrder(ORGANIZATION);
		assertUuid(organization.get("id"));
		assertUtcTimestamp(organization.get("createdAt"));
	}

	static void assertOrganizationSummary(JsonNode summary) {
		assertThat(summary.propertyNames()).containsExactlyInAnyOrder("id", "name", "slug", "logo", "metadata",
				"domain", "createdAt", "role", "memberCount", "projectCount");
		assertUuid(summary.get("id"));
		assertUtcTimestamp(summary.get("createdAt"));
		assertThat(summary.get("memberCount").isIntegralNumber()).isTrue();
		assertThat(summary.get("projectCount").isIntegralNumber()).isTrue();
	}

	static void assertOrganizationDetails(JsonNode details) {
		assertThat(details.propertyNames()).containsExactlyInAnyOrder("id", "name", "slug", "logo", "metadata",
				"domain", "createdAt", "memberCount", "members", "invitationCount", "invitations");
		assertUuid(details.get("id"));
		assertUtcTimestamp(details.get("createdAt"));
		assertThat(details.get("memberCount").isIntegralNumber()).isTrue();
		assertThat(details.get("members").isArray()).isTrue();
		assertThat(details.get("invitations").isArray()).isTrue();
		assertThat(details.get("invitationCount").asLong()).isGreaterThanOrEqualTo(details.get("invitations").size());
		details.get("members").values().forEach(ApiShapes::assertMember);
		details.get("invitations").values().forEach(ApiShapes::assertInvitation);
	}

	static void assertMember(JsonNode member) {
		assertThat(member.propertyNames()).containsExactlyInAnyOrder("id", "organizationId", "userId", "email", "name",
				"role", "createdAt");
		assertUuid(member.get("id"));
		assertUuid(member.get("organizationId"));
		assertUtcTimestamp(member.get("createdAt"));
	}

	static void assertInvitation(JsonNode invitation) {
		assertThat(invitation.propertyNames()).containsExactlyInAnyOrder("id", "organizationId", "organizationName",
				"email", "role", "status", "inviterId", "teamId", "expiresAt", "createdAt");
		assertUuid(invitation.get("id"));
		assertUuid(invitation.get("organizationId"));
		assertThat(invitation.get("status").asString()).isIn("pending", "accepted", "rejected", "canceled", "expired");
		assertUtcTimestamp(invitation.get("expiresAt"));
		assertUtcTimestamp(invitation.get("createdAt"));
	}

	static void assertUuid(JsonNode value) {
		assertThat(value.isString()).as("%s is a string", value).isTrue();
		assertThatNoException().as("%s is a UUID", value).isThrownBy(() -> UUID.fromString(value.asString()));
	}

	static Instant assertUtcTimestamp(JsonNode value) {
		assertThat(value.isString()).as("%s is a string", value).isTrue();
		assertThat(value.asString()).as("%s is in UTC", value).endsWith("Z");
		return Instant.parse(value.asString());
	}

}
