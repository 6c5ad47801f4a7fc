package dev.belgie.organization.test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.belgie.organization.OrganizationService;
import dev.belgie.organization.membership.Member;
import dev.belgie.organization.organization.CreateOrganizationRequest;
import dev.belgie.organization.organization.Organization;
import dev.belgie.organization.spi.OrganizationUser;

/**
 * Organizations with members, made in one line through the real
 * {@link OrganizationService} (so every rule, event and listener of the application takes
 * part):
 *
 * <pre class="code">
 * TestOrganization acme = fixtures.organization("Acme").member("Ann", "admin").member("Bob", "member").create();
 * </pre>
 *
 * Each user is new: a random id and a unique, verified address derived from the name. The
 * users are handed to the service in full, so the application's user directory need not
 * know them. Injected in any {@code @SpringBootTest} of an application of the starter
 * that has this module on its test class path.
 */
public class OrganizationFixtures {

	private final OrganizationService service;

	/**
	 * Fixtures over the application's service.
	 * @param service the service
	 */
	public OrganizationFixtures(OrganizationService service) {
		this.service = service;
	}

	/**
	 * A new user, known to no directory: a random id and a unique, verified address
	 * derived from {@code name}.
	 * @param name the user's name
	 * @return the user
	 */
	public static OrganizationUser user(String name) {
		String id = UUID.randomUUID().toString();
		return new OrganizationUser(id, unique(name, "user", id) + "@example.com", name, true);
	}

	/** {@code name} in lower-case letters, digits and dashes, then a part of the id. */
	private static String unique(String name, String fallback, String id) {
		String plain = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		plain = (plain.length() > 40) ? plain.substring(0, 40).replaceAll("-+$", "") : plain;
		return (plain.isEmpty() ? fallback : plain) + "-" + id.substring(0, 8);
	}

	/**
	 * Starts the roster of a new organization, created when {@link Roster#create()} is
	 * called.
	 * @param name the organization's name, kept as given (its slug is made unique)
	 * @return the roster, with an owner named "Owner" unless one is given
	 */
	public Roster organization(String name) {
		return new Roster(name);
	}

	/**
	 * A new organization with one member who holds {@code roles}: the member created it
	 * when the roles include {@code owner}, else a separate owner did and added the
	 * member.
	 * @param user the member
	 * @param organizationName the organization's name
	 * @param roles the member's roles
	 * @return the member
	 */
	public TestMember member(OrganizationUser user, String organizationName, String... roles) {
		Roster roster = organization(organizationName);
		if (Arrays.asList(roles).contains("owner")) {
			roster.owner(user, roles);
		}
		else {
			roster.member(user, roles);
		}
		TestOrganization organization = roster.create();
		return organization.members().stream().filter((member) -> member.user().equals(user)).findFirst().orElseThrow();
	}

	/** The roster of an organization about to be created. */
	public final class Roster {

		private final String name;

		private OrganizationUser owner = user("Owner");

		private List<String> ownerRoles = List.of("owner");

		private final List<OrganizationUser> users = new ArrayList<>();

		private final List<List<String>> roles = new ArrayList<>();

		private Roster(String name) {
			this.name = name;
		}

		/**
		 * Adds a new user named {@code name} with the given roles.
		 * @param name the member's name, by which {@link TestOrganization#member(String)}
		 * finds it
		 * @param roles the member's roles (at least one)
		 * @return this roster
		 */
		public Roster member(String name, String... roles) {
			return member(user(name), roles);
		}

		/**
		 * Adds a given user with the given roles.
		 * @param user the user
		 * @param roles the member's roles (at least one)
		 * @return this roster
		 */
		public Roster member(OrganizationUser user, String... roles) {
			if (roles.length == 0) {
				throw new IllegalArgumentException("A member needs at least one role");
			}
			this.users.add(user);
			this.roles.add(List.of(roles));
			return this;
		}

		/**
		 * Makes {@code user} the creator and owner, instead of a new user named "Owner".
		 * @param user the owner
		 * @param roles the owner's roles; {@code owner} is always among them
		 * @return this roster
		 */
		public Roster owner(OrganizationUser user, String... roles) {
			List<String> all = new ArrayList<>(List.of("owner"));
			Arrays.stream(roles).filter((role) -> !all.contains(role)).forEach(all::add);
			this.owner = user;
			this.ownerRoles = List.copyOf(all);
			return this;
		}

		/**
		 * Creates the organization as its owner, then adds every member as the system
		 * would (no invitation).
		 * @return the organization and its roster, the owner first
		 */
		public TestOrganization create() {
			OrganizationFixtures fixtures = OrganizationFixtures.this;
			String slug = unique(this.name, "org", UUID.randomUUID().toString());
			Organization organization = fixtures.service.asSystem(this.owner)
				.create(new CreateOrganizationRequest(this.name, slug, null, null, null));
			Member creator = fixtures.service.asSystem().members(organization.id(), 0, 1).items().get(0);
			if (this.ownerRoles.size() > 1) {
				creator = fixtures.service.asSystem()
					.updateMemberRole(organization.id(), creator.id(), this.ownerRoles);
			}
			List<TestMember> members = new ArrayList<>();
			members.add(new TestMember(this.owner, organization.id(), creator.id(), this.ownerRoles));
			for (int i = 0; i < this.users.size(); i++) {
				List<String> memberRoles = this.roles.get(i);
				Member member = fixtures.service.addMember(organization.id(), this.users.get(i), memberRoles, null);
				members.add(new TestMember(this.users.get(i), organization.id(), member.id(), memberRoles));
			}
			return new TestOrganization(organization, members);
		}

	}

}
