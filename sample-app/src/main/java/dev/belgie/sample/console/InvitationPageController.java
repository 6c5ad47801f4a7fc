package dev.belgie.sample.console;

import dev.belgie.organization.invitation.AcceptedInvitation;
import dev.belgie.organization.invitation.Invitation;
import java.util.UUID;

import dev.belgie.organization.OrganizationClient;
import dev.belgie.organization.OrganizationService;
import dev.belgie.organization.error.OrganizationException;
import dev.belgie.organization.spi.OrganizationUser;
import dev.belgie.organization.spi.UserDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The page an invitation e-mail links to: who invites the recipient, to what, with which
 * role and until when; accept or reject. Someone not signed in is asked to sign in or up
 * first (the e-mail pre-filled) and comes back here; expired, canceled, answered and
 * not-yours invitations each get a clear page.
 */
@Controller
class InvitationPageController {

	private final OrganizationClient organizations;

	private final OrganizationService service;

	private final UserDirectory users;

	InvitationPageController(OrganizationClient organizations, OrganizationService service, UserDirectory users) {
		this.organizations = organizations;
		this.service = service;
		this.users = users;
	}

	@GetMapping("/invitations/{invitationId}")
	String invitation(@PathVariable UUID invitationId, @RequestParam(required = false) String token, Model model) {
		model.addAttribute("token", token);
		if (model.getAttribute("me") == null) {
			return signInFirst(invitationId, token, model);
		}
		try {
			Invitation invitation = this.organizations.invitation(invitationId, token);
			model.addAttribute("invitation", invitation);
			model.addAttribute("inviter", this.users.findById(invitation.inviterId()).orElse(null));
		}
		catch (OrganizationException ex) {
			model.addAttribute("problem", ConsoleProblem.of(ex));
		}
		return "console/invitation";
	}

	/**
	 * The page for someone not signed in. Whoever holds the e-mailed link with its
	 * current token learns the address the invitation was sent to, to pre-fill the forms;
	 * nothing about the organization until signed in as that address.
	 */
	private String signInFirst(UUID invitationId, String token, Model model) {
		String email = null;
		try {
			Invitation invitation = this.service.invitationByLink(invitationId, token);
			if ("pending".equals(invitation.status())) {
				email = invitation.email();
			}
			else {
				// a used or closed invitation tells its state, never to whom it was sent
				model.addAttribute("closedStatus", invitation.status());
			}
		}
		catch (OrganizationException ex) {
			// an unknown invitation or a wrong token: the visitor learns which once
			// signed in
		}
		String here = path(invitationId, token);
		model.addAttribute("signIn", withContinue("/sign-in", email, here));
		model.addAttribute("signUp", withContinue("/sign-up", email, here));
		return "console/invitation-sign-in";
	}

	private static String withContinue(String page, String email, String continueTo) {
		// as URI variables, so that the values are encoded strictly ("&", "=" and "+"
		// included)
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(page);
		if (email != null) {
			builder.queryParam("email", "{email}");
		}
		return builder.queryParam("continue", "{continue}")
			.encode()
			.buildAndExpand((email != null) ? new Object[] { email, continueTo } : new Object[] { continueTo })
			.toUriString();
	}

	@PostMapping("/invitations/{invitationId}/accept")
	String accept(@PathVariable UUID invitationId, @RequestParam(required = false) String token, Model model,
			RedirectAttributes redirect) {
		try {
			AcceptedInvitation accepted = this.organizations.acceptInvitation(invitationId, token);
			redirect.addFlashAttribute("notice", "Welcome to " + accepted.invitation().organizationName() + "!");
			return ConsoleActions.redirect("/organizations/" + accepted.invitation().organizationId());
		}
		catch (OrganizationException ex) {
			redirect.addFlashAttribute("problem", ConsoleProblem.of(ex));
			return ConsoleActions.redirect(path(invitationId, token));
		}
	}

	@PostMapping("/invitations/{invitationId}/reject")
	String reject(@PathVariable UUID invitationId, @RequestParam(required = false) String token,
			RedirectAttributes redirect) {
		try {
			Invitation rejected = this.organizations.rejectInvitation(invitationId, token);
			redirect.addFlashAttribute("notice", "You declined the invitation to " + rejected.organizationName() + ".");
			return ConsoleActions.redirect("/");
		}
		catch (OrganizationException ex) {
			redirect.addFlashAttribute("problem", ConsoleProblem.of(ex));
			return ConsoleActions.redirect(path(invitationId, token));
		}
	}

	/**
	 * This page's path, with the link's token when there is one: the token is a URI
	 * variable's value, never part of the template, so a token such as {@code {0}} is
	 * encoded, not expanded.
	 */
	private static String path(UUID invitationId, String token) {
		UriComponentsBuilder path = UriComponentsBuilder.fromPath("/invitations/{id}");
		if (token == null) {
			return path.encode().buildAndExpand(invitationId).toUriString();
		}
		return path.queryParam("token", "{token}").encode().buildAndExpand(invitationId, token).toUriString();
	}

}
