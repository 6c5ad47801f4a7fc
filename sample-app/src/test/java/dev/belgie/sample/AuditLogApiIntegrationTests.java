package dev.belgie.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.belgie.sample.SampleApi.TestUser;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/organizations/{id}/audit-log} of shared/API.md over HTTP: the entries
 * of the starter's operations and of the sample's projects, newest first, in keyset
 * pages, filtered by action prefix and actor, to owners and admins only; on H2 here, on
 * PostgreSQL in {@link PostgresAuditLogApiIntegrationTests}.
 */
class AuditLogApiIntegrationTests extends ApiIntegrationTests {

	@Test
	void entriesHaveTheirShapeAndComeNewestFirst() {
		TestUser ann = this.api.signUp("Ann");
		TestUser bob = this.api.signUp("Bob");
		String id = this.api.createOrganization(ann, "Audited").get("id").asString();
		JsonNode member = this.api.addMember(ann, id, bob, "member");
		String project = this.api.post(projects(id), ann.token(), Map.of("name", "Apollo"))
			.expect(201)
			.get("id")
			.asString();
		this.api.delete(projects(id) + "/" + project, ann.token()).expectEmpty(204);
		this.api.delete("/api/organizations/" + id + "/members/" + member.get("id").asString(), ann.token())
			.expectEmpty(204);

		JsonNode page = this.api.get(log(id), ann.token()).expect(200);
		assertThat(page.propertyNames()).containsExactlyInAnyOrder("items", "next");
		assertThat(page.get("next").isNull()).isTrue();
		List<JsonNode> items = items(page);
		assertThat(items).extracting((entry) -> entry.get("action").asString())
			.containsExactly("member.removed", "project.deleted", "project.created", "member.added",
					"organization.created");
		JsonNode removed = items.get(0);
		assertThat(removed.propertyNames()).containsExactlyInAnyOrder("id", "organizationId", "at", "action", "actor",
				"target", "details");
		ApiShapes.assertUuid(removed.get("id"));
		ApiShapes.assertUtcTimestamp(removed.get("at"));
		assertThat(removed.get("organizationId").asString()).isEqualTo(id);
		assertThat(removed.get("actor").propertyNames()).containsExactlyInAnyOrder("type", "userId", "email");
		assertThat(removed.at("/actor/type").asString()).isEqualTo("user");
		assertThat(removed.at("/actor/userId").asString()).isEqualTo(ann.id());
		assertThat(removed.at("/actor/email").asString()).isEqualTo(ann.email());
		assertThat(removed.at("/target/type").asString()).isEqualTo("member");
		assertThat(removed.at("/target/id").asString()).isEqualTo(member.get("id").asString());
		assertThat(removed.at("/details/email").asString()).isEqualTo(bob.email());
		assertThat(removed.at("/details/role").asString()).isEqualTo("member");
		JsonNode created = items.get(2);
		assertThat(created.at("/target/type").asString()).isEqualTo("project");
		assertThat(created.at("/target/id").asString()).isEqualTo(project);
		assertThat(created.at("/details/name").asString()).isEqualTo("Apollo");
	}

	@Test
	void pagesFollowNextAndFiltersNarrowThem() {
		TestUser ann = this.api.signUp("Ann");
		TestUser cid = this.api.signUp("Cid");
		String id = this.api.createOrganization(ann, "Paged").get("id").asString();
		this.api.addMember(ann, id, cid, "admin");
		for (int i = 0; i < 5; i++) {
			this.api.post(projects(id), (i % 2 == 0) ? ann.token() : cid.token(), Map.of("name", "P" + i)).expect(201);
		}
		List<String> names = new ArrayList<>();
		String next = null;
		int pages = 0;
		do {
			JsonNode page = this.api
				.get(log(id) + "?limit=2&action=project." + ((next != null) ? "&before=" + next : ""), cid.token())
				.expect(200);
			items(page).forEach((entry) -> names.add(entry.at("/details/name").asString()));
			next = page.get("next").isNull() ? null : page.get("next").asString();
			pages++;
		}
		while (next != null);
		assertThat(names).containsExactly("P4", "P3", "P2", "P1", "P0");
		assertThat(pages).isEqualTo(3);
		assertThat(items(this.api.get(log(id) + "?actorId=" + cid.id(), ann.token()).expect(200)))
			.extracting((entry) -> entry.at("/details/name").asString())
			.containsExactly("P3", "P1");
		assertThat(items(this.api.get(log(id) + "?action=member", ann.token()).expect(200))).hasSize(1);
	}

	@Test
	void onlyOwnersAndAdminsReadTheLogAndBadQueriesAre400() {
		TestUser ann = this.api.signUp("Ann");
		TestUser bob = this.api.signUp("Bob");
		TestUser viewer = this.api.signUp("Vic");
		TestUser stranger = this.api.signUp("Sam");
		String id = this.api.createOrganization(ann, "Guarded").get("id").asString();
		this.api.addMember(ann, id, bob, "member");
		this.api.addMember(ann, id, viewer, "viewer");

		assertThat(this.api.get(log(id), bob.token()).expectProblem(403, "FORBIDDEN").get("detail").asString())
			.contains("audit:read");
		this.api.get(log(id), viewer.token()).expectProblem(403, "FORBIDDEN");
		this.api.get(log(id), stranger.token()).expectProblem(404, "ORGANIZATION_NOT_FOUND");
		this.api.get(log(UUID.randomUUID().toString()), ann.token()).expectProblem(404, "ORGANIZATION_NOT_FOUND");
		this.api.get(log(id), null).expectProblem(401, "UNAUTHENTICATED");

		this.api.get(log(id) + "?limit=0", ann.token()).expectInvalid("limit");
		this.api.get(log(id) + "?limit=201", ann.token()).expectInvalid("limit");
		this.api.get(log(id) + "?limit=x", ann.token()).expectProblem(400, "VALIDATION_FAILED");
		this.api.get(log(id) + "?before=not-a-uuid", ann.token()).expectProblem(400, "VALIDATION_FAILED");
		this.api.get(log(id) + "?before=" + UUID.randomUUID(), ann.token()).expectInvalid("before");
		assertThat(items(this.api.get(log(id) + "?limit=200", ann.token()).expect(200))).hasSize(3);
	}

	private static List<JsonNode> items(JsonNode page) {
		List<JsonNode> items = new ArrayList<>();
		page.get("items").forEach(items::add);
		return items;
	}

	private static String log(String organizationId) {
		return "/api/organizations/" + organizationId + "/audit-log";
	}

	private static String projects(String organizationId) {
		return "/api/organizations/" + organizationId + "/projects";
	}

}
