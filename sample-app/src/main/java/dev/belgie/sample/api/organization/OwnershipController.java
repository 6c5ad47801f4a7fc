package dev.belgie.sample.api.organization;

import dev.belgie.organization.membership.Member;
import java.util.List;
import java.util.UUID;

import dev.belgie.organization.OrganizationClient;
import dev.belgie.organization.error.OrganizationException;
import dev.belgie.sample.web.openapi.ProblemResponses;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Ownership transfer: the new owner, then the caller (who keeps {@code admin}). */
@RestController
class OwnershipController {

	private final OrganizationClient organizations;

	OwnershipController(OrganizationClient organizations) {
		this.organizations = organizations;
	}

	@PostMapping("/api/organizations/{organizationId}/transfer-ownership")
	@ProblemResponses({ "VALIDATION_FAILED", "FORBIDDEN", "ORGANIZATION_NOT_FOUND", "MEMBER_NOT_FOUND" })
	List<Member> transfer(@PathVariable UUID organizationId, @RequestBody TransferRequest body) {
		if (body.memberId() == null) {
			throw OrganizationException.invalid("memberId", "must not be null");
		}
		return this.organizations.transferOwnership(organizationId, body.memberId());
	}

	record TransferRequest(UUID memberId) {
	}

}
