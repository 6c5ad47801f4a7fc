package dev.belgie.sample.organization;

import java.util.List;
import java.util.UUID;

import dev.belgie.organization.AcceptedInvitation;
import dev.belgie.organization.Invitation;
import dev.belgie.organization.InvitationPage;
import dev.belgie.organization.InvitationRequest;
import dev.belgie.organization.InvitationSent;
import dev.belgie.organization.OrganizationClient;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Invitations: sent by an organization's members, answered by their recipients. */
@RestController
class InvitationController {

	private final OrganizationClient organizations;

	InvitationController(OrganizationClient organizations) {
		this.organizations = organizations;
	}

	@PostMapping("/api/organizations/{organizationId}/invitations")
	ResponseEntity<Invitation> invite(@PathVariable UUID organizationId, @RequestBody InvitationRequest body) {
		InvitationSent sent = this.organizations.invite(organizationId, body);
		return ResponseEntity.status(sent.resent() ? HttpStatus.OK : HttpStatus.CREATED).body(sent.invitation());
	}

	@GetMapping("/api/organizations/{organizationId}/invitations")
	InvitationPage ofOrganization(@PathVariable UUID organizationId, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return this.organizations.invitations(organizationId, page, size);
	}

	@DeleteMapping("/api/organizations/{organizationId}/invitations/{invitationId}")
	Invitation cancel(@PathVariable UUID organizationId, @PathVariable UUID invitationId) {
		return this.organizations.cancelInvitation(organizationId, invitationId);
	}

	@GetMapping("/api/invitations")
	List<Invitation> mine() {
		return this.organizations.individualInvitations();
	}

	@GetMapping("/api/invitations/{invitationId}")
	Invitation invitation(@PathVariable UUID invitationId, @RequestParam(required = false) String token) {
		return this.organizations.invitation(invitationId, token);
	}

	@PostMapping("/api/invitations/{invitationId}/accept")
	AcceptedInvitation accept(@PathVariable UUID invitationId, @RequestBody(required = false) InvitationAnswer body) {
		return this.organizations.acceptInvitation(invitationId, InvitationAnswer.tokenOf(body));
	}

	@PostMapping("/api/invitations/{invitationId}/reject")
	Invitation reject(@PathVariable UUID invitationId, @RequestBody(required = false) InvitationAnswer body) {
		return this.organizations.rejectInvitation(invitationId, InvitationAnswer.tokenOf(body));
	}

}
