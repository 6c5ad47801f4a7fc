package dev.belgie.sample.console;

import dev.belgie.organization.membership.Member;
import dev.belgie.organization.membership.MemberPage;
import java.util.List;
import java.util.UUID;

import dev.belgie.organization.OrganizationClient;
import dev.belgie.organization.Permissions;
import dev.belgie.organization.Roles;
import dev.belgie.organization.error.OrganizationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An organization's members, a page at a time: change a role, remove someone, leave. A
 * control is shown only to a caller who may use it; the client refuses the action anyway
 * when it is posted by hand.
 */
@Controller
class MembersPageController {

	private final OrganizationClient organizations;

	private final OrganizationPages pages;

	MembersPageController(OrganizationClient organizations, OrganizationPages pages) {
		this.organizations = organizations;
		this.pages = pages;
	}

	@GetMapping("/organizations/{organizationId}/members")
	String members(@PathVariable UUID organizationId, @RequestParam(defaultValue = "0") int page, Model model) {
		CallerMembership caller = this.pages.prepare(organizationId, "Members", model);
		MemberPage members = this.organizations.members(organizationId, Math.max(page, 0), Pager.PAGE_SIZE);
		model.addAttribute("members", members);
		model.addAttribute("rows", members.items().stream().map((member) -> row(caller, member)).toList());
		model.addAttribute("roles", this.pages.grantableRoles(caller));
		model.addAttribute("lastPage", Pager.lastPage(members.total(), Pager.PAGE_SIZE));
		return "console/members";
	}

	private MemberRow row(CallerMembership caller, Member member) {
		boolean self = member.id().equals(caller.membership().memberId());
		boolean manageable = !self && this.pages.canManage(caller, member.role());
		return new MemberRow(member, Roles.split(member.role()), self,
				manageable && caller.can(Permissions.MEMBER_UPDATE),
				manageable && caller.can(Permissions.MEMBER_DELETE));
	}

	@PostMapping("/organizations/{organizationId}/members/{memberId}/role")
	String changeRole(@PathVariable UUID organizationId, @PathVariable UUID memberId,
			@RequestParam(defaultValue = "") List<String> role, RedirectAttributes redirect) {
		return ConsoleActions.run(redirect, membersPath(organizationId), () -> {
			Member member = this.organizations.updateMemberRole(organizationId, memberId, role);
			return (member.name() != null ? member.name() : member.email()) + " now has the "
					+ ConsoleFormat.roles(member.role()) + ".";
		});
	}

	@PostMapping("/organizations/{organizationId}/members/{memberId}/remove")
	String remove(@PathVariable UUID organizationId, @PathVariable UUID memberId, RedirectAttributes redirect) {
		return ConsoleActions.run(redirect, membersPath(organizationId), () -> {
			this.organizations.removeMember(organizationId, memberId.toString());
			return "The member was removed.";
		});
	}

	@PostMapping("/organizations/{organizationId}/leave")
	String leave(@PathVariable UUID organizationId, RedirectAttributes redirect) {
		try {
			this.organizations.leave(organizationId);
			redirect.addFlashAttribute("notice", "You left the organization.");
			return ConsoleActions.redirect("/");
		}
		catch (OrganizationException ex) {
			redirect.addFlashAttribute("problem", ConsoleProblem.of(ex));
			return ConsoleActions.redirect(membersPath(organizationId));
		}
	}

	private static String membersPath(UUID organizationId) {
		return "/organizations/" + organizationId + "/members";
	}

	/**
	 * A member as the table shows it, with the controls the caller may use on that
	 * member.
	 *
	 * @param roles the member's roles, one by one, for the role picker
	 * @param self whether the member is the caller (who may leave, not remove itself)
	 */
	record MemberRow(Member member, List<String> roles, boolean self, boolean canChangeRole, boolean canRemove) {
	}

}
