package dev.belgie.sample.api.organization;

import dev.belgie.organization.invitation.AcceptedInvitation;
import dev.belgie.organization.invitation.Invitation;
import dev.belgie.organization.invitation.InvitationPage;
import dev.belgie.organization.invitation.InvitationRequest;
import dev.belgie.organization.invitation.InvitationSent;
import java.util.List;
import java.util.UUID;

import dev.belgie.organization.OrganizationClient;
import dev.belgie.sample.web.openapi.ProblemResponses;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Invitations: sent by an organization's members, answered by their recipients. */
@RestController
class InvitationController {

	private final OrganizationClient organizations;

	InvitationController(OrganizationClient organizations) {
		this.organizations = organizations;
	}

	@PostMapping("/api/organizations/{organizationId}/invitations")
	@ResponseStatus(HttpStatus.CREATED)
	@ApiResponse(responseCode = "200", description = "resend refreshed a pending invitation",
			useReturnTypeSchema = true)
	@ProblemResponses({ "VALIDATION_FAILED", "FORBIDDEN", "ORGANIZATION_NOT_FOUND", "ALREADY_MEMBER",
			"INVITATION_ALREADY_PENDING", "INVITATION_LIMIT_REACHED", "TEAM_NOT_FOUND", "TEAM_MEMBER_LIMIT_REACHED" })
	ResponseEntity<Invitation> invite(@PathVariable UUID organizationId, @RequestBody InvitationRequest body) {
		InvitationSent sent = this.organizations.invite(organizationId, body);
		return ResponseEntity.status(sent.resent() ? HttpStatus.OK : HttpStatus.CREATED).body(sent.invitation());
	}

	@GetMapping("/api/organizations/{organizationId}/invitations")
	@ProblemResponses({ "VALIDATION_FAILED", "ORGANIZATION_NOT_FOUND" })
	InvitationPage ofOrganization(@PathVariable UUID organizationId, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return this.organizations.invitations(organizationId, page, size);
	}

	@DeleteMapping("/api/organizations/{organizationId}/invitations/{invitationId}")
	@ProblemResponses({ "VALIDATION_FAILED", "FORBIDDEN", "ORGANIZATION_NOT_FOUND", "INVITATION_NOT_FOUND",
			"INVITATION_NOT_PENDING" })
	Invitation cancel(@PathVariable UUID organizationId, @PathVariable UUID invitationId) {
		return this.organizations.cancelInvitation(organizationId, invitationId);
	}

	@GetMapping("/api/invitations")
	@ProblemResponses("EMAIL_NOT_VERIFIED")
	List<Invitation> mine() {
		return this.organizations.individualInvitations();
	}

	@GetMapping("/api/invitations/{invitationId}")
	@ProblemResponses({ "VALIDATION_FAILED", "EMAIL_NOT_VERIFIED", "INVITATION_NOT_FOUND" })
	Invitation invitation(@PathVariable UUID invitationId, @RequestParam(required = false) String token) {
		return this.organizations.invitation(invitationId, token);
	}

	@PostMapping("/api/invitations/{invitationId}/accept")
	@ProblemResponses({ "VALIDATION_FAILED", "NOT_INVITATION_RECIPIENT", "EMAIL_NOT_VERIFIED", "INVITATION_NOT_FOUND",
			"INVITATION_NOT_PENDING", "INVITATION_EXPIRED", "MEMBERSHIP_LIMIT_REACHED", "TEAM_NOT_FOUND",
			"TEAM_MEMBER_LIMIT_REACHED" })
	AcceptedInvitation accept(@PathVariable UUID invitationId, @RequestBody(required = false) InvitationAnswer body) {
		return this.organizations.acceptInvitation(invitationId, InvitationAnswer.tokenOf(body));
	}

	@PostMapping("/api/invitations/{invitationId}/reject")
	@ProblemResponses({ "VALIDATION_FAILED", "NOT_INVITATION_RECIPIENT", "EMAIL_NOT_VERIFIED", "INVITATION_NOT_FOUND",
			"INVITATION_NOT_PENDING", "INVITATION_EXPIRED" })
	Invitation reject(@PathVariable UUID invitationId, @RequestBody(required = false) InvitationAnswer body) {
		return this.organizations.rejectInvitation(invitationId, InvitationAnswer.tokenOf(body));
	}

}
