package dev.belgie.sample.console;

import dev.belgie.organization.OrganizationAccess;
import dev.belgie.organization.membership.Membership;
import dev.belgie.organization.organization.OrganizationSummary;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import dev.belgie.organization.Actor;
import dev.belgie.organization.OrganizationClient;
import dev.belgie.organization.RolePolicy;
import dev.belgie.organization.error.OrganizationErrorCode;
import dev.belgie.organization.error.OrganizationException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What every page of one organization shows: the caller's place in it, and the tabs the
 * caller may open.
 */
@Component
class OrganizationPages {

	private final OrganizationClient organizations;

	private final RolePolicy roles;

	private final OrganizationAccess access;

	private final List<OrganizationTab> tabs;

	OrganizationPages(OrganizationClient organizations, RolePolicy roles, OrganizationAccess access,
			List<OrganizationTab> tabs) {
		this.organizations = organizations;
		this.roles = roles;
		this.access = access;
		this.tabs = tabs.stream().sorted(Comparator.comparingInt(OrganizationTab::order)).toList();
	}

	/**
	 * Adds the caller's membership and the tabs to the model;
	 * {@code ORGANIZATION_NOT_FOUND} for a non-member.
	 */
	CallerMembership prepare(UUID organizationId, String activeTab, Model model) {
		List<OrganizationSummary> mine = this.organizations.forIndividual();
		OrganizationSummary organization = mine.stream()
			.filter((summary) -> summary.id().equals(organizationId))
			.findFirst()
			.orElseThrow(OrganizationPages::notFound);
		Membership membership = this.access.membership(Actor.member(this.organizations.currentUser()), organizationId)
			.orElseThrow(OrganizationPages::notFound);
		CallerMembership caller = new CallerMembership(organization, membership);
		model.addAttribute("caller", caller);
		model.addAttribute("organization", organization);
		model.addAttribute("switcher", mine);
		model.addAttribute("tabs",
				this.tabs.stream()
					.filter((tab) -> tab.visibleTo(caller))
					.map((tab) -> new Tab(tab.label(), tab.path(organizationId), tab.label().equals(activeTab)))
					.toList());
		return caller;
	}

	private static OrganizationException notFound() {
		return new OrganizationException(OrganizationErrorCode.ORGANIZATION_NOT_FOUND,
				"There is no such organization, or you are not one of its members.");
	}

	/** The roles the caller may grant, for the role pickers. */
	List<String> grantableRoles(CallerMembership caller) {
		return this.roles.roleNames().stream().sorted().filter((role) -> {
			try {
				this.roles.checkCanGrant(caller.membership(), role);
				return true;
			}
			catch (OrganizationException ex) {
				return false;
			}
		}).toList();
	}

	/**
	 * Whether the caller may change or remove a member holding {@code role}, its own
	 * permissions aside.
	 */
	boolean canManage(CallerMembership caller, String role) {
		try {
			this.roles.checkCanManage(caller.membership(), role);
			return true;
		}
		catch (OrganizationException ex) {
			return false;
		}
	}

	/** A tab as the page renders it. */
	record Tab(String label, String path, boolean active) {
	}

}
