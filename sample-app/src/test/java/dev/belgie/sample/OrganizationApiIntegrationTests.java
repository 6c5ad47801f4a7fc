package dev.belgie.sample;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.belgie.organization.OrganizationService;
import dev.belgie.organization.spi.OrganizationUser;
import dev.belgie.sample.SampleApi.TestUser;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The Organizations routes of shared/API.md over HTTP. */
class OrganizationApiIntegrationTests extends ApiIntegrationTests {

	@Autowired
	OrganizationService organizations;

	@Test
	void createDerivesTheSlugFromTheName() {
		TestUser owner = this.api.signUp("Olivia");
		String unique = SampleApi.unique();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", "  Acme Rockets & Co " + unique + " ");
		body.put("logo", "https://cdn.example.com/acme.png");
		body.put("metadata", Map.of("plan", "pro", "seats", 5));
		body.put("domain", "acme.example.com");
		SampleApi.ApiResponse response = this.api.post("/api/organizations", owner.token(), body);
		JsonNode organization = response.expect(201);
		ApiShapes.assertOrganization(organization);
		assertThat(organization.get("name").asString()).isEqualTo("Acme Rockets & Co " + unique);
		assertThat(organization.get("slug").asString()).isEqualTo("acme-rockets-co-" + unique);
		assertThat(organization.get("logo").asString()).isEqualTo("https://cdn.example.com/acme.png");
		assertThat(organization.get("metadata").get("plan").asString()).isEqualTo("pro");
		assertThat(organization.get("metadata").get("seats").asInt()).isEqualTo(5);
		assertThat(organization.get("domain").asString()).isEqualTo("acme.example.com");
		assertThat(response.location()).endsWith("/api/organizations/" + organization.get("id").asString());

		JsonNode details = this.api.get("/api/organizations/" + organization.get("id").asString(), owner.token())
			.expect(200);
		JsonNode creator = details.get("members").get(0);
		assertThat(creator.get("userId").asString()).isEqualTo(owner.id());
		assertThat(creator.get("role").asString()).isEqualTo("owner");
	}

	@Test
	void createMakesADerivedSlugUnique() {
		TestUser owner = this.api.signUp("Olivia");
		String name = "Twin " + SampleApi.unique();
		String first = this.api.post("/api/organizations", owner.token(), Map.of("name", name))
			.expect(201)
			.get("slug")
			.asString();
		String second = this.api.post("/api/organizations", owner.token(), Map.of("name", name))
			.expect(201)
			.get("slug")
			.asString();
		assertThat(first).isEqualTo(name.toLowerCase().replace(' ', '-'));
		assertThat(second).startsWith(first).isNotEqualTo(first);
	}

	@Test
	void createWithAnExplicitSlug() {
		TestUser owner = this.api.signUp("Olivia");
		String slug = SampleApi.uniqueSlug("explicit");
		JsonNode organization = this.api
			.post("/api/organizations", owner.token(), Map.of("name", "Whatever", "slug", slug))
			.expect(201);
		assertThat(organization.get("slug").asString()).isEqualTo(slug);
		assertThat(organization.get("logo").isNull()).isTrue();
		assertThat(organization.get("domain").isNull()).isTrue();
	}

	@Test
	void createAcceptsTheLimitsAndIgnoresUnknownFields() {
		TestUser owner = this.api.signUp("Olivia");
		String slug = SampleApi.unique() + "a".repeat(39) + "9";
		assertThat(slug).hasSize(48);
		Map<String, Object> metadata = Map.of("nested", Map.of("list", List.of(1, 2)), "ratio", 1.5, "flag", true);
		JsonNode organization = this.api
			.post("/api/organizations", owner.token(), Map.of("name", "  " + "N".repeat(100) + "  ", "slug", slug,
					"metadata", metadata, "unknownField", "ignored"))
			.expect(201);
		ApiShapes.assertOrganization(organization);
		assertThat(organization.get("name").asString()).isEqualTo("N".repeat(100));
		assertThat(organization.get("slug").asString()).isEqualTo(slug);
		JsonNode stored = this.api.get("/api/organizations/" + organization.get("id").asString(), owner.token())
			.expect(200)
			.get("metadata");
		assertThat(stored.get("nested").get("list").values()).extracting(JsonNode::asInt).containsExactly(1, 2);
		assertThat(stored.get("ratio").asDouble()).isEqualTo(1.5);
		assertThat(stored.get("flag").asBoolean()).isTrue();
	}

	@Test
	void createRejectsATakenSlug() {
		TestUser owner = this.api.signUp("Olivia");
		TestUser other = this.api.signUp("Oscar");
		String slug = this.api.createOrganization(owner, "First").get("slug").asString();
		this.api.post("/api/organizations", other.token(), Map.of("name", "Second", "slug", slug))
			.expectProblem(409, "ORGANIZATION_SLUG_TAKEN");
	}

	@Test
	void createRejectsBadInput() {
		String token = this.api.signUp("Olivia").token();
		this.api.post("/api/organizations", token, Map.of("name", "   ")).expectInvalid("name");
		this.api.post("/api/organizations", token, Map.of()).expectInvalid("name");
		this.api.post("/api/organizations", token, Map.of("name", "A".repeat(101))).expectInvalid("name");
		this.api.post("/api/organizations", token, Map.of("name", "Bad slug", "slug", "Not A Slug!"))
			.expectInvalid("slug");
		this.api.post("/api/organizations", token, Map.of("name", "Bad slug", "slug", "-dash")).expectInvalid("slug");
		this.api.post("/api/organizations", token, Map.of("name", "Bad metadata", "metadata", "plan=pro"))
			.expectInvalid("metadata");
		this.api.post("/api/organizations", token, Map.of("name", "Bad metadata", "metadata", List.of(1, 2)))
			.expectInvalid("metadata");
		this.api.post("/api/organizations", token, Map.of("name", 123)).expectInvalid("name");
		this.api.post("/api/organizations", token, "{\"name\": \"Broken\"").expectBadRequest();
		this.api.post("/api/organizations", token, "[1, 2]").expectBadRequest();
		this.api.post("/api/organizations", token, "null").expectBadRequest();
		this.api.post("/api/organizations", token, "").expectBadRequest();
		this.api.post("/api/organizations", token, Map.of("name", "Long slug", "slug", "a".repeat(49)))
			.expectInvalid("slug");
		this.api.post("/api/organizations", token, Map.of("name", "Big", "metadata", Map.of("k", "x".repeat(17000))))
			.expectInvalid("metadata");
		this.api.post("/api/organizations", token, Map.of("name", "Logo", "logo", "h".repeat(2049)))
			.expectInvalid("logo");
		this.api.post("/api/organizations", token, Map.of("name", "Domain", "domain", "not a domain"))
			.expectInvalid("domain");
		this.api.post("/api/organizations", token, Map.of("name", "", "slug", "BAD")).expectInvalid("name", "slug");
		// nothing of the above was created
		assertThat(this.api.get("/api/organizations", token).expect(200).values()).isEmpty();
	}

	@Test
	void listShowsOnlyTheCallersOrganizationsWithRoleAndMemberCount() {
		TestUser alice = this.api.signUp("Alice");
		TestUser bob = this.api.signUp("Bob");
		JsonNode shared = this.api.createOrganization(alice, "Shared");
		JsonNode own = this.api.createOrganization(alice, "Own");
		JsonNode bobs = this.api.createOrganization(bob, "Bob's");
		this.api.addMember(alice, shared.get("id").asString(), bob, "member");

		JsonNode aliceList = this.api.get("/api/organizations", alice.token()).expect(200);
		assertThat(aliceList.isArray()).isTrue();
		aliceList.values().forEach(ApiShapes::assertOrganizationSummary);
		assertThat(aliceList.values()).extracting((o) -> o.get("id").asString())
			.containsExactlyInAnyOrder(shared.get("id").asString(), own.get("id").asString());
		JsonNode sharedSummary = find(aliceList, shared.get("id").asString());
		assertThat(sharedSummary.get("role").asString()).isEqualTo("owner");
		assertThat(sharedSummary.get("memberCount").asLong()).isEqualTo(2);
		assertThat(sharedSummary.get("name").asString()).isEqualTo("Shared");
		assertThat(sharedSummary.get("slug").asString()).isEqualTo(shared.get("slug").asString());
		assertThat(find(aliceList, own.get("id").asString()).get("memberCount").asLong()).isEqualTo(1);

		JsonNode bobList = this.api.get("/api/organizations", bob.token()).expect(200);
		assertThat(bobList.values()).extracting((o) -> o.get("id").asString())
			.containsExactlyInAnyOrder(shared.get("id").asString(), bobs.get("id").asString());
		assertThat(find(bobList, shared.get("id").asString()).get("role").asString()).isEqualTo("member");
		assertThat(find(bobList, bobs.get("id").asString()).get("role").asString()).isEqualTo("owner");
	}

	@Test
	void slugAvailability() {
		TestUser owner = this.api.signUp("Olivia");
		String slug = SampleApi.uniqueSlug("free");
		JsonNode free = this.api.get("/api/organizations/slug-availability?slug=" + slug, owner.token()).expect(200);
		assertThat(free.propertyNames()).containsExactlyInAnyOrder("slug", "available");
		assertThat(free.get("slug").asString()).isEqualTo(slug);
		assertThat(free.get("available").asBoolean()).isTrue();
		assertThat(free.get("available").isBoolean()).isTrue();

		this.api.post("/api/organizations", owner.token(), Map.of("name", "Taken", "slug", slug)).expect(201);
		JsonNode taken = this.api.get("/api/organizations/slug-availability?slug=" + slug, owner.token()).expect(200);
		assertThat(taken.get("available").asBoolean()).isFalse();
	}

	@Test
	void slugAvailabilityRejectsABadOrMissingSlug() {
		String token = this.api.signUp("Olivia").token();
		this.api.get("/api/organizations/slug-availability?slug=Not%20A%20Slug", token).expectInvalid("slug");
		this.api.get("/api/organizations/slug-availability", token).expectInvalid("slug");
	}

	@Test
	void detailsByIdAndBySlug() {
		TestUser owner = this.api.signUp("Olivia");
		TestUser member = this.api.signUp("Max");
		JsonNode organization = this.api.createOrganization(owner, "Detailed");
		String id = organization.get("id").asString();
		this.api.addMember(owner, id, member, "member");
		String invitee = SampleApi.uniqueEmail("invitee");
		this.api
			.post("/api/organizations/" + id + "/invitations", owner.token(), Map.of("email", invitee, "role", "admin"))
			.expect(201);

		JsonNode byId = this.api.get("/api/organizations/" + id, member.token()).expect(200);
		ApiShapes.assertOrganizationDetails(byId);
		assertThat(byId.get("id").asString()).isEqualTo(id);
		assertThat(byId.get("name").asString()).isEqualTo("Detailed");
		assertThat(byId.get("slug").asString()).isEqualTo(organization.get("slug").asString());
		assertThat(byId.get("createdAt").asString()).isEqualTo(organization.get("createdAt").asString());
		assertThat(byId.get("memberCount").asLong()).isEqualTo(2);
		assertThat(byId.get("members").values()).extracting((m) -> m.get("userId").asString())
			.containsExactly(owner.id(), member.id());
		assertThat(byId.get("members").values()).extracting((m) -> m.get("role").asString())
			.containsExactly("owner", "member");
		assertThat(byId.get("invitations").values()).singleElement().satisfies((invitation) -> {
			assertThat(invitation.get("email").asString()).isEqualTo(invitee);
			assertThat(invitation.get("status").asString()).isEqualTo("pending");
		});

		JsonNode bySlug = this.api
			.get("/api/organizations/by-slug/" + organization.get("slug").asString(), owner.token())
			.expect(200);
		assertThat(bySlug).isEqualTo(byId);
	}

	@Test
	void detailsShowTheFirst100MembersBesideTheCount() {
		TestUser owner = this.api.signUp("Olivia");
		String id = this.api.createOrganization(owner, "Crowded").get("id").asString();
		for (int i = 0; i < 101; i++) {
			this.organizations.addMember(UUID.fromString(id),
					new OrganizationUser(UUID.randomUUID().toString(), SampleApi.uniqueEmail("crowd"), "Crowd " + i),
					"member", null);
		}
		JsonNode details = this.api.get("/api/organizations/" + id, owner.token()).expect(200);
		assertThat(details.get("memberCount").asLong()).isEqualTo(102);
		assertThat(details.get("members").size()).isEqualTo(100);
		assertThat(details.get("members").get(0).get("userId").asString()).isEqualTo(owner.id());
		assertThat(find(this.api.get("/api/organizations", owner.token()).expect(200), id).get("memberCount").asLong())
			.isEqualTo(102);
		assertThat(this.api.get("/api/organizations/" + id + "/members?size=200", owner.token())
			.expect(200)
			.get("items")
			.size()).isEqualTo(102);
	}

	@Test
	void detailsAreHiddenFromNonMembersAndUnknownIds() {
		TestUser owner = this.api.signUp("Olivia");
		TestUser stranger = this.api.signUp("Stranger");
		JsonNode organization = this.api.createOrganization(owner, "Private");
		this.api.get("/api/organizations/" + organization.get("id").asString(), stranger.token())
			.expectProblem(404, "ORGANIZATION_NOT_FOUND");
		this.api.get("/api/organizations/by-slug/" + organization.get("slug").asString(), stranger.token())
			.expectProblem(404, "ORGANIZATION_NOT_FOUND");
		this.api.get("/api/organizations/" + UUID.randomUUID(), owner.token())
			.expectProblem(404, "ORGANIZATION_NOT_FOUND");
		this.api.get("/api/organizations/by-slug/" + SampleApi.uniqueSlug("nothing"), owner.token())
			.expectProblem(404, "ORGANIZATION_NOT_FOUND");
	}

	@Test
	void detailsRejectAMalformedId() {
		String token = this.api.signUp("Olivia").token();
		this.api.get("/api/organizations/not-a-uuid", token).expectInvalid("organizationId");
	}

	@Test
	void updateChangesTheGivenFieldsOnly() {
		TestUser owner = this.api.signUp("Olivia");
		JsonNode organization = this.api
			.post("/api/organizations", owner.token(),
					Map.of("name", "Before", "slug", SampleApi.uniqueSlug("before"), "logo",
							"https://example.com/a.png", "domain", "before.example.com"))
			.expect(201);
		String id = organization.get("id").asString();
		String newSlug = SampleApi.uniqueSlug("after");
		JsonNode updated = this.api
			.patch("/api/organizations/" + id, owner.token(),
					Map.of("name", "After", "slug", newSlug, "metadata", Map.of("tier", "gold"), "domain", ""))
			.expect(200);
		ApiShapes.assertOrganization(updated);
		assertThat(updated.get("id").asString()).isEqualTo(id);
		assertThat(updated.get("name").asString()).isEqualTo("After");
		assertThat(updated.get("slug").asString()).isEqualTo(newSlug);
		assertThat(updated.get("logo").asString()).isEqualTo("https://example.com/a.png");
		assertThat(updated.get("metadata").get("tier").asString()).isEqualTo("gold");
		assertThat(updated.get("domain").isNull()).isTrue();
		assertThat(updated.get("createdAt").asString()).isEqualTo(organization.get("createdAt").asString());

		JsonNode reread = this.api.get("/api/organizations/by-slug/" + newSlug, owner.token()).expect(200);
		assertThat(reread.get("name").asString()).isEqualTo("After");
		assertThat(reread.get("metadata").get("tier").asString()).isEqualTo("gold");
		this.api.get("/api/organizations/by-slug/" + organization.get("slug").asString(), owner.token())
			.expectProblem(404, "ORGANIZATION_NOT_FOUND");
	}

	@Test
	void anEmptyUpdateChangesNothing() {
		TestUser owner = this.api.signUp("Olivia");
		JsonNode organization = this.api
			.post("/api/organizations", owner.token(),
					Map.of("name", "Same", "logo", "https://example.com/a.png", "metadata", Map.of("k", "v")))
			.expect(201);
		JsonNode updated = this.api
			.patch("/api/organizations/" + organization.get("id").asString(), owner.token(), Map.of())
			.expect(200);
		assertThat(updated).isEqualTo(organization);
	}

	@Test
	void anAdminMayUpdateButAPlainMemberMayNot() {
		TestUser owner = this.api.signUp("Olivia");
		TestUser admin = this.api.signUp("Adam");
		TestUser member = this.api.signUp("Max");
		String id = this.api.createOrganization(owner, "Guarded").get("id").asString();
		this.api.addMember(owner, id, admin, "admin");
		this.api.addMember(owner, id, member, "member");

		this.api.patch("/api/organizations/" + id, member.token(), Map.of("name", "Hijacked"))
			.expectProblem(403, "FORBIDDEN");
		this.api.patch("/api/organizations/" + id, admin.token(), Map.of("name", "By the admin")).expect(200);
		assertThat(this.api.get("/api/organizations/" + id, owner.token()).expect(200).get("name").asString())
			.isEqualTo("By the admin");
	}

	@Test
	void updateIsHiddenFromNonMembers() {
		TestUser owner = this.api.signUp("Olivia");
		TestUser stranger = this.api.signUp("Stranger");
		String id = this.api.createOrganization(owner, "Private").get("id").asString();
		this.api.patch("/api/organizations/" + id, stranger.token(), Map.of("name", "Hijacked"))
			.expectProblem(404, "ORGANIZATION_NOT_FOUND");
		assertThat(this.api.get("/api/organizations/" + id, owner.token()).expect(200).get("name").asString())
			.isEqualTo("Private");
	}

	@Test
	void updateRejectsATakenSlug() {
		TestUser owner = this.api.signUp("Olivia");
		String taken = this.api.createOrganization(owner, "First").get("slug").asString();
		String id = this.api.createOrganization(owner, "Second").get("id").asString();
		this.api.patch("/api/organizations/" + id, owner.token(), Map.of("slug", taken))
			.expectProblem(409, "ORGANIZATION_SLUG_TAKEN");
	}

	@Test
	void updateRejectsBadInput() {
		TestUser owner = this.api.signUp("Olivia");
		String id = this.api.createOrganization(owner, "Stable").get("id").asString();
		String path = "/api/organizations/" + id;
		this.api.patch(path, owner.token(), Map.of("name", "  ")).expectInvalid("name");
		this.api.patch(path, owner.token(), Map.of("slug", "UPPER")).expectInvalid("slug");
		this.api.patch(path, owner.token(), Map.of("metadata", 42)).expectInvalid("metadata");
		this.api.patch(path, owner.token(), Map.of("name", true)).expectInvalid("name");
		this.api.patch(path, owner.token(), "{name: 'unquoted'}").expectBadRequest();
		this.api.patch(path, owner.token(), Map.of("domain", "-bad-.com")).expectInvalid("domain");
		this.api.patch("/api/organizations/not-a-uuid", owner.token(), Map.of("name", "X"))
			.expectInvalid("organizationId");
		assertThat(this.api.get(path, owner.token()).expect(200).get("name").asString()).isEqualTo("Stable");
	}

	@Test
	void deleteRemovesTheOrganization() {
		TestUser owner = this.api.signUp("Olivia");
		TestUser member = this.api.signUp("Max");
		String id = this.api.createOrganization(owner, "Doomed").get("id").asString();
		this.api.addMember(owner, id, member, "member");
		this.api
			.post("/api/organizations/" + id + "/invitations", owner.token(),
					Map.of("email", SampleApi.uniqueEmail("invitee"), "role", "member"))
			.expect(201);

		this.api.delete("/api/organizations/" + id, owner.token()).expectEmpty(204);
		this.api.get("/api/organizations/" + id, owner.token()).expectProblem(404, "ORGANIZATION_NOT_FOUND");
		this.api.delete("/api/organizations/" + id, owner.token()).expectProblem(404, "ORGANIZATION_NOT_FOUND");
		assertThat(this.api.get("/api/organizations", member.token()).expect(200).values()).isEmpty();
	}

	@Test
	void anAdminMayNotDelete() {
		TestUser owner = this.api.signUp("Olivia");
		TestUser admin = this.api.signUp("Adam");
		TestUser stranger = this.api.signUp("Stranger");
		String id = this.api.createOrganization(owner, "Kept").get("id").asString();
		this.api.addMember(owner, id, admin, "admin");
		this.api.delete("/api/organizations/" + id, admin.token()).expectProblem(403, "FORBIDDEN");
		this.api.delete("/api/organizations/" + id, stranger.token()).expectProblem(404, "ORGANIZATION_NOT_FOUND");
		this.api.get("/api/organizations/" + id, owner.token()).expect(200);
	}

	@Test
	void everyRouteNeedsAToken() {
		TestUser owner = this.api.signUp("Olivia");
		JsonNode organization = this.api.createOrganization(owner, "Locked");
		String id = organization.get("id").asString();
		this.api.post("/api/organizations", null, Map.of("name", "Anonymous")).expectProblem(401, "UNAUTHENTICATED");
		this.api.get("/api/organizations", null).expectProblem(401, "UNAUTHENTICATED");
		this.api.get("/api/organizations/slug-availability?slug=anything", null).expectProblem(401, "UNAUTHENTICATED");
		this.api.get("/api/organizations/" + id, null).expectProblem(401, "UNAUTHENTICATED");
		this.api.get("/api/organizations/by-slug/" + organization.get("slug").asString(), null)
			.expectProblem(401, "UNAUTHENTICATED");
		this.api.patch("/api/organizations/" + id, null, Map.of("name", "Anonymous"))
			.expectProblem(401, "UNAUTHENTICATED");
		this.api.delete("/api/organizations/" + id, null).expectProblem(401, "UNAUTHENTICATED");
		this.api.get("/api/organizations/" + id, owner.token()).expect(200);
	}

	private static JsonNode find(JsonNode list, String id) {
		return list.values().stream().filter((o) -> o.get("id").asString().equals(id)).findFirst().orElseThrow();
	}

}
