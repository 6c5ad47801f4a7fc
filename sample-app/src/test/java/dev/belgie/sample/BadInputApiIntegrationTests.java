package dev.belgie.sample;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import dev.belgie.sample.SampleApi.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input on every route of shared/API.md that the sample app has: NUL, control and
 * bidi-override characters, over-long values, invalid UTF-8, wrong JSON types, huge
 * numbers, deep nesting, malformed ids and paging. Each is a 4xx problem with a code,
 * never a 500, and leaves every table as it was. Runs on the sample app's embedded H2
 * database; {@link PostgresBadInputApiIntegrationTests} runs it on PostgreSQL.
 */
class BadInputApiIntegrationTests extends ApiIntegrationTests {

	/**
	 * What a refused request must leave as it was: the starter's tables, the app's users,
	 * and which e-mails the outbox holds (not their delivery state, which its worker
	 * changes meanwhile).
	 */
	private static final List<String> SNAPSHOT = List.of("select * from belgie_organization order by id",
			"select * from belgie_member order by id", "select * from belgie_invitation order by id",
			"select id, invitation_id from belgie_mail_outbox order by id", "select * from app_user order by id");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<String> BAD_TEXT = List.of("nul\u0000byte", "bell\u0007", "line\r\nINFO forged",
			"\u202Eevil", "zero\u200Bwidth", "x".repeat(5000));

	/**
	 * Invalid UTF-8 (a lone continuation byte, an overlong encoding) inside a JSON
	 * string.
	 */
	private static final List<byte[]> INVALID_UTF8 = List.of(new byte[] { (byte) 0x80 },
			new byte[] { (byte) 0xC0, (byte) 0xAF }, new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 });

	private static final List<String> WRONG_TYPES = List.of("123", "true", "[\"a\"]", "{\"a\":1}", "1e999999",
			"12345678901234567890123456789012345678901234567890", "1e99999999999", "\"\\ud800\"",
			"[".repeat(5000) + "]".repeat(5000));

	private static final List<String> BAD_IDS = List.of("not-a-uuid", "%00", "1234", "x".repeat(300),
			"00000000-0000-0000-0000-00000000000g", "%E2%80%AE" + "00000000-0000-0000-0000-000000000000");

	private final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	DataSource dataSource;

	private static Fixture fixture;

	@BeforeEach
	void fixture() {
		if (fixture == null || fixture.port() != this.port) {
			TestUser owner = this.api.signUp("Bertha");
			TestUser member = this.api.signUp("Bruno");
			TestUser stranger = this.api.signUp("Stella");
			String organization = this.api.createOrganization(owner, "Bad Input Inc").get("id").asString();
			String memberId = this.api.addMember(owner, organization, member, "member").get("id").asString();
			String invitation = this.api
				.post("/api/organizations/" + organization + "/invitations", owner.token(),
						Map.of("email", SampleApi.uniqueEmail("ida"), "role", "member"))
				.expect(201)
				.get("id")
				.asString();
			fixture = new Fixture(this.port, owner, member, stranger, organization, memberId, invitation);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badRequests")
	void aBadRequestIsAProblemWithACodeAndChangesNothing(BadRequest bad) throws Exception {
		Map<String, List<Map<String, Object>>> before = snapshot();
		HttpResponse<String> response = send(bad);
		assertThat(response.statusCode()).as("status of %s, body %s", bad, response.body()).isBetween(400, 499);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).as("Content-Type of %s", bad)
			.startsWith("application/problem+json");
		JsonNode problem = JSON.readTree(response.body());
		assertThat(problem.path("code").asString()).as("code of %s", bad).isNotBlank();
		assertThat(problem.path("status").asInt()).isEqualTo(response.statusCode());
		assertThat(snapshot()).as("the tables after %s", bad).isEqualTo(before);
	}

	static Stream<BadRequest> badRequests() {
		List<BadRequest> requests = new ArrayList<>();
		String org = "/api/organizations/{org}";
		bodyRoute(requests, "POST", "/api/users", null,
				body("email", "{email}", "name", "Ann", "password", "password1"), List.of("email", "name"));
		bodyRoute(requests, "POST", "/api/auth/token", null, body("email", "{email}", "password", "password1"),
				List.of("email"));
		bodyRoute(requests, "POST", "/api/users/verify-email", null, body("token", "abc"), List.of("token"));
		bodyRoute(requests, "POST", "/api/organizations", "owner", body("name", "Acme", "slug", "{slug}"),
				List.of("name", "slug", "logo", "domain"));
		bodyRoute(requests, "PATCH", org, "owner", body("name", "Renamed"), List.of("name", "slug", "logo", "domain"));
		bodyRoute(requests, "POST", org + "/members", "owner", body("email", "{email}", "role", "member"),
				List.of("email", "userId", "role"));
		bodyRoute(requests, "PATCH", org + "/members/{member}", "owner", body("role", "admin"), List.of("role"));
		bodyRoute(requests, "POST", org + "/invitations", "owner", body("email", "{email}", "role", "member"),
				List.of("email", "role"));
		for (String metadata : List.of("\"not an object\"", "[1,2]", "{\"a\":\"" + "x".repeat(17 * 1024) + "\"}",
				"{\"deep\":" + "[".repeat(300) + "]".repeat(300) + "}",
				"{\"deep\":" + "{\"a\":".repeat(100) + "1" + "}".repeat(100) + "}", "{\"n\":1e99999999999}")) {
			requests.add(new BadRequest("POST", "/api/organizations", "owner",
					"{\"name\":\"Acme\",\"slug\":\"{slug}\",\"metadata\":" + metadata + "}"));
			requests.add(new BadRequest("PATCH", org, "owner", "{\"metadata\":" + metadata + "}"));
		}
		for (String body : List.of("{", "{\"name\":", "not json", "[]", "null", "{\"name\":\"Acme\"} trailing")) {
			requests.add(new BadRequest("POST", "/api/organizations", "owner", body));
			requests.add(new BadRequest("POST", "/api/users", null, body));
		}
		List<String> idRoutes = List.of("GET /api/organizations/{id}", "PATCH /api/organizations/{id}",
				"DELETE /api/organizations/{id}", "GET /api/organizations/{id}/members",
				"POST /api/organizations/{id}/members", "POST /api/organizations/{id}/leave",
				"GET /api/organizations/{id}/invitations", "POST /api/organizations/{id}/invitations",
				"PATCH /api/organizations/{org}/members/{id}",
				"DELETE /api/organizations/{id}/invitations/{invitation}",
				"DELETE /api/organizations/{org}/invitations/{id}", "GET /api/invitations/{id}",
				"POST /api/invitations/{id}/accept", "POST /api/invitations/{id}/reject");
		for (String route : idRoutes) {
			String[] parts = route.split(" ");
			String body = (parts[0].equals("PATCH") || parts[1].endsWith("members") || parts[1].endsWith("invitations"))
					? "{\"role\":\"member\",\"email\":\"{email}\"}" : null;
			for (String id : BAD_IDS) {
				requests.add(new BadRequest(parts[0], parts[1].replace("{id}", id), "owner", body));
			}
		}
		for (String memberIdOrEmail : List.of("%00", "ann%0D%0A@example.com", "not-an-email-nor-id", "a,b@example.com",
				"x".repeat(400) + "@example.com", "%E2%80%AEann@example.com")) {
			requests.add(new BadRequest("DELETE", org + "/members/" + memberIdOrEmail, "owner", null));
		}
		for (String query : List.of("page=-1", "page=abc", "size=0", "size=201", "size=99999999999999999999",
				"page=%00", "size=1e400")) {
			requests.add(new BadRequest("GET", org + "/members?" + query, "owner", null));
			requests.add(new BadRequest("GET", org + "/invitations?" + query, "owner", null));
		}
		for (String answer : List.of("accept", "reject")) {
			bodyRoute(requests, "POST", "/api/invitations/{invitation}/" + answer, "owner", body("token", "abc"),
					List.of("token"));
		}
		for (String token : List.of("%00", "%E2%80%AE", "x".repeat(3000))) {
			requests.add(new BadRequest("GET", "/api/invitations/{invitation}?token=" + token, "stranger", null));
		}
		for (String slug : List.of("%00", "%E2%80%AEacme", "Not%20A%20Slug", "x".repeat(300), "")) {
			requests.add(new BadRequest("GET", "/api/organizations/slug-availability?slug=" + slug, "owner", null));
			if (!slug.isEmpty()) {
				requests.add(new BadRequest("GET", "/api/organizations/by-slug/" + slug, "owner", null));
			}
		}
		return requests.stream();
	}

	/**
	 * Every bad text in each of {@code fields} (added when absent from the valid
	 * {@code template}), invalid UTF-8 in each, and a value of a wrong type (numbers,
	 * arrays, objects, huge numbers, deep nesting) for each field of the template.
	 */
	private static void bodyRoute(List<BadRequest> requests, String method, String path, String caller,
			Map<String, Object> template, List<String> fields) {
		for (String field : fields) {
			for (String text : BAD_TEXT) {
				Map<String, Object> body = new LinkedHashMap<>(template);
				body.put(field, field.equals("email") ? text + "@example.com" : text);
				requests.add(new BadRequest(method, path, caller, JSON.writeValueAsString(body)));
			}
			for (byte[] bytes : INVALID_UTF8) {
				Map<String, Object> body = new LinkedHashMap<>(template);
				body.put(field, "@@BYTES@@");
				requests.add(new BadRequest(method, path, caller, JSON.writeValueAsString(body), bytes));
			}
		}
		for (String field : new ArrayList<>(template.keySet())) {
			for (String wrong : WRONG_TYPES) {
				if (field.equals("role") && wrong.startsWith("[\"")) {
					continue; // an array of role names is a valid role value
				}
				Map<String, Object> body = new LinkedHashMap<>(template);
				body.put(field, "@@RAW@@");
				requests.add(new BadRequest(method, path, caller,
						JSON.writeValueAsString(body).replace("\"@@RAW@@\"", wrong)));
			}
		}
	}

	private static Map<String, Object> body(Object... keysAndValues) {
		Map<String, Object> body = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			body.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return body;
	}

	private HttpResponse<String> send(BadRequest bad) throws Exception {
		String path = bad.path()
			.replace("{org}", fixture.organization())
			.replace("{member}", fixture.memberId())
			.replace("{invitation}", fixture.invitation());
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "application/json, application/problem+json");
		if (bad.caller() != null) {
			TestUser caller = bad.caller().equals("stranger") ? fixture.stranger() : fixture.owner();
			request.header("Authorization", "Bearer " + caller.token());
		}
		if (bad.body() != null) {
			request.header("Content-Type", "application/json");
			request.method(bad.method(), HttpRequest.BodyPublishers.ofByteArray(bodyBytes(bad)));
		}
		else {
			request.method(bad.method(), HttpRequest.BodyPublishers.noBody());
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * The body with its placeholders filled: unique e-mail and slug, raw bytes where
	 * asked.
	 */
	private static byte[] bodyBytes(BadRequest bad) {
		String text = bad.body()
			.replace("{email}", SampleApi.uniqueEmail("bad"))
			.replace("{slug}", SampleApi.uniqueSlug("bad"));
		if (bad.bytes() == null) {
			return text.getBytes(StandardCharsets.UTF_8);
		}
		String[] halves = text.split("@@BYTES@@", 2);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(halves[0].getBytes(StandardCharsets.UTF_8));
		out.writeBytes("bad".getBytes(StandardCharsets.UTF_8));
		out.writeBytes(bad.bytes());
		out.writeBytes(halves[1].getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	private Map<String, List<Map<String, Object>>> snapshot() {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
		SNAPSHOT.forEach((query) -> rows.put(query, jdbc.queryForList(query)));
		return rows;
	}

	record Fixture(int port, TestUser owner, TestUser member, TestUser stranger, String organization, String memberId,
			String invitation) {
	}

	/**
	 * A request: {@code caller} is {@code "owner"} (of the fixture's organization),
	 * {@code "stranger"} (a user of no organization) or {@code null} (anonymous);
	 * {@code bytes} replace a placeholder of the body.
	 */
	record BadRequest(String method, String path, String caller, String body, byte[] bytes) {

		BadRequest(String method, String path, String caller, String body) {
			this(method, path, caller, body, null);
		}

		@Override
		public String toString() {
			String shownBody = (this.body != null) ? " " + abbreviate(this.body) : "";
			String shownBytes = (this.bytes != null) ? " with invalid UTF-8" : "";
			return this.method + " " + abbreviate(this.path) + shownBody + shownBytes;
		}

		private static String abbreviate(String text) {
			String visible = text.replaceAll("\\p{Cntrl}|\\p{Cf}", "?");
			return (visible.length() > 80) ? visible.substring(0, 80) + "..." : visible;
		}

	}

}
