package dev.belgie.sample.console;

import dev.belgie.organization.invitation.Invitation;
import dev.belgie.organization.invitation.InvitationPage;
import dev.belgie.organization.invitation.InvitationRequest;
import dev.belgie.organization.invitation.InvitationSent;
import java.util.UUID;

import dev.belgie.organization.OrganizationClient;
import dev.belgie.organization.error.OrganizationErrorCode;
import dev.belgie.organization.error.OrganizationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An organization's pending invitations: invite someone with a role, send one again,
 * cancel one.
 */
@Controller
class OrganizationInvitationsController {

	private final OrganizationClient organizations;

	private final OrganizationPages pages;

	OrganizationInvitationsController(OrganizationClient organizations, OrganizationPages pages) {
		this.organizations = organizations;
		this.pages = pages;
	}

	@GetMapping("/organizations/{organizationId}/invitations")
	String invitations(@PathVariable UUID organizationId, @RequestParam(defaultValue = "0") int page, Model model) {
		return page(organizationId, page, new InviteForm(null, "member"), model);
	}

	private String page(UUID organizationId, int page, InviteForm form, Model model) {
		CallerMembership caller = this.pages.prepare(organizationId, "Invitations", model);
		InvitationPage invitations = this.organizations.invitations(organizationId, Math.max(page, 0), Pager.PAGE_SIZE);
		model.addAttribute("invitations", invitations);
		model.addAttribute("lastPage", Pager.lastPage(invitations.total(), Pager.PAGE_SIZE));
		model.addAttribute("roles", this.pages.grantableRoles(caller));
		model.addAttribute("form", form);
		return "console/invitations";
	}

	@PostMapping("/organizations/{organizationId}/invitations")
	String invite(@PathVariable UUID organizationId, @ModelAttribute("form") InviteForm form, Model model,
			RedirectAttributes redirect) {
		try {
			InvitationSent sent = this.organizations.invite(organizationId,
					InvitationRequest.of(form.email(), form.role()));
			redirect.addFlashAttribute("notice", "Invited " + sent.invitation().email() + " as "
					+ sent.invitation().role() + ". The e-mail is on its way.");
			return ConsoleActions.redirect(invitationsPath(organizationId));
		}
		catch (OrganizationException ex) {
			model.addAttribute("problem", ConsoleProblem.of(ex));
			return page(organizationId, 0, form, model);
		}
	}

	@PostMapping("/organizations/{organizationId}/invitations/{invitationId}/resend")
	String resend(@PathVariable UUID organizationId, @PathVariable UUID invitationId, RedirectAttributes redirect) {
		return ConsoleActions.run(redirect, invitationsPath(organizationId), () -> {
			Invitation invitation = this.organizations.invitation(invitationId);
			if (!invitation.organizationId().equals(organizationId)) {
				throw new OrganizationException(OrganizationErrorCode.INVITATION_NOT_FOUND,
						"There is no such invitation.");
			}
			this.organizations.invite(organizationId,
					new InvitationRequest(invitation.email(), invitation.role(), invitation.teamId(), true));
			return "Sent the invitation to " + invitation.email() + " again.";
		});
	}

	@PostMapping("/organizations/{organizationId}/invitations/{invitationId}/cancel")
	String cancel(@PathVariable UUID organizationId, @PathVariable UUID invitationId, RedirectAttributes redirect) {
		return ConsoleActions.run(redirect, invitationsPath(organizationId), () -> "Canceled the invitation to "
				+ this.organizations.cancelInvitation(organizationId, invitationId).email() + ".");
	}

	private static String invitationsPath(UUID organizationId) {
		return "/organizations/" + organizationId + "/invitations";
	}

	/** The invite form. */
	record InviteForm(String email, String role) {
	}

}
