package dev.belgie.organization.test;

import java.util.List;
import java.util.UUID;

import dev.belgie.organization.OrganizationClient;
import dev.belgie.organization.invitation.Invitation;
import dev.belgie.organization.invitation.InvitationRequest;
import dev.belgie.organization.membership.Member;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * An application of the starter as a newcomer writes one: a controller over the
 * request-scoped {@link OrganizationClient}, every route for signed-in users, on the
 * embedded H2 database.
 */
@SpringBootApplication
class KitTestApplication {

	@Bean
	SecurityFilterChain security(HttpSecurity http) throws Exception {
		return http.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.csrf((csrf) -> csrf.disable())
			.build();
	}

	@RestController
	static class MemberController {

		private final OrganizationClient organizations;

		MemberController(OrganizationClient organizations) {
			this.organizations = organizations;
		}

		@GetMapping("/organizations/{id}/members")
		List<Member> members(@PathVariable UUID id) {
			return this.organizations.members(id, 0, 50).items();
		}

		@PostMapping("/organizations/{id}/invitations")
		Invitation invite(@PathVariable UUID id, @RequestBody InvitationRequest request) {
			return this.organizations.invite(id, request).invitation();
		}

	}

}
