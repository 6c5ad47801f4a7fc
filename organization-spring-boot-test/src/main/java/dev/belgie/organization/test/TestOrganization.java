package dev.belgie.organization.test;

import java.util.List;
import java.util.UUID;

import dev.belgie.organization.organization.Organization;

/**
 * An organization that a test made through the real service, with its roster.
 *
 * @param organization the organization as the service answered
 * @param members its members, the owner who created it first
 */
public record TestOrganization(Organization organization, List<TestMember> members) {

	/**
	 * An organization with its roster copied.
	 * @param organization the organization
	 * @param members its members
	 */
	public TestOrganization {
		members = List.copyOf(members);
	}

	/**
	 * The organization's id.
	 * @return the id
	 */
	public UUID id() {
		return this.organization.id();
	}

	/**
	 * The organization's slug.
	 * @return the slug
	 */
	public String slug() {
		return this.organization.slug();
	}

	/**
	 * The member who created the organization (an owner).
	 * @return the owner
	 */
	public TestMember owner() {
		return this.members.get(0);
	}

	/**
	 * The member of the roster with the given name.
	 * @param name the name given to the fixture
	 * @return the member
	 * @throws IllegalArgumentException when no member has that name
	 */
	public TestMember member(String name) {
		return this.members.stream()
			.filter((member) -> name.equals(member.user().name()))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No member named '" + name + "' in " + this.members));
	}

}
