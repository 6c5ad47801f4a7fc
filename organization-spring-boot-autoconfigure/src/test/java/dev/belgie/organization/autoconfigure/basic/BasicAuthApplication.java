package dev.belgie.organization.autoconfigure.basic;

import dev.belgie.organization.invitation.AcceptedInvitation;
import dev.belgie.organization.invitation.Invitation;
import dev.belgie.organization.invitation.InvitationRequest;
import dev.belgie.organization.organization.CreateOrganizationRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.belgie.organization.OrganizationClient;
import dev.belgie.organization.spi.OrganizationUser;
import dev.belgie.organization.spi.UserDirectory;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * An application that signs its users in with HTTP Basic ({@code UserDetails} whose user
 * name is the id) and knows their e-mail addresses, names and verification in a
 * {@link UserDirectory} of its own.
 */
@SpringBootApplication
class BasicAuthApplication {

	/**
	 * The application's users: id (the HTTP Basic user name) to the user the directory
	 * knows.
	 */
	static final Map<String, OrganizationUser> USERS = Map.of("olivia",
			new OrganizationUser("olivia", "Olivia@Example.com", "Olivia Owner", true), "ivan",
			new OrganizationUser("ivan", "ivan@example.com", "Ivan Invitee", true), "uma",
			new OrganizationUser("uma", "uma@example.com", "Uma Unverified", false));

	static final String PASSWORD = "basic-password";

	@Bean
	InMemoryUserDetailsManager users() {
		return new InMemoryUserDetailsManager(USERS.keySet()
			.stream()
			.map((id) -> User.withUsername(id).password("{noop}" + PASSWORD).roles("USER").build())
			.toList());
	}

	@Bean
	UserDirectory userDirectory() {
		return new UserDirectory() {
			@Override
			public Optional<OrganizationUser> findById(String id) {
				return Optional.ofNullable(USERS.get(id));
			}

			@Override
			public Optional<OrganizationUser> findByEmail(String email) {
				return USERS.values()
					.stream()
					.filter((user) -> user.email().equalsIgnoreCase(email.trim()))
					.findFirst();
			}
		};
	}

	@Bean
	SecurityFilterChain basicSecurity(HttpSecurity http) throws Exception {
		return http.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.httpBasic(Customizer.withDefaults())
			.csrf((csrf) -> csrf.disable())
			.build();
	}

	/** The routes the test calls: each one call to the request-scoped client. */
	@RestController
	static class Routes {

		private final OrganizationClient organizations;

		Routes(OrganizationClient organizations) {
			this.organizations = organizations;
		}

		@PostMapping("/organizations")
		UUID create(@RequestBody Map<String, String> body) {
			return this.organizations.create(CreateOrganizationRequest.named(body.get("name"))).id();
		}

		@PostMapping("/organizations/{organizationId}/invitations")
		Invitation invite(@PathVariable UUID organizationId, @RequestBody InvitationRequest body) {
			return this.organizations.invite(organizationId, body).invitation();
		}

		@GetMapping("/invitations")
		List<Invitation> mine() {
			return this.organizations.individualInvitations();
		}

		@PostMapping("/invitations/{invitationId}/accept")
		AcceptedInvitation accept(@PathVariable UUID invitationId) {
			return this.organizations.acceptInvitation(invitationId);
		}

	}

}
