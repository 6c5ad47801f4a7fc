package dev.belgie.sample.api.organization;

import dev.belgie.organization.membership.AddMemberRequest;
import dev.belgie.organization.membership.Member;
import dev.belgie.organization.membership.MemberPage;
import java.util.UUID;

import dev.belgie.organization.OrganizationClient;
import dev.belgie.sample.web.openapi.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Members of an organization. */
@RestController
@RequestMapping("/api/organizations/{organizationId}")
class MemberController {

	private final OrganizationClient organizations;

	MemberController(OrganizationClient organizations) {
		this.organizations = organizations;
	}

	@GetMapping("/members")
	@ProblemResponses({ "VALIDATION_FAILED", "ORGANIZATION_NOT_FOUND" })
	MemberPage members(@PathVariable UUID organizationId, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return this.organizations.members(organizationId, page, size);
	}

	@PostMapping("/members")
	@ProblemResponses({ "VALIDATION_FAILED", "FORBIDDEN", "ORGANIZATION_NOT_FOUND", "USER_NOT_FOUND", "ALREADY_MEMBER",
			"MEMBERSHIP_LIMIT_REACHED", "TEAM_NOT_FOUND", "TEAM_MEMBER_LIMIT_REACHED" })
	@ResponseStatus(HttpStatus.CREATED)
	Member add(@PathVariable UUID organizationId, @RequestBody AddMemberRequest body) {
		return this.organizations.addMember(organizationId, body);
	}

	@PatchMapping("/members/{memberId}")
	@ProblemResponses({ "VALIDATION_FAILED", "FORBIDDEN", "ORGANIZATION_NOT_FOUND", "MEMBER_NOT_FOUND", "LAST_OWNER" })
	Member updateRole(@PathVariable UUID organizationId, @PathVariable UUID memberId, @RequestBody RoleBody body) {
		return this.organizations.updateMemberRole(organizationId, memberId, body.role());
	}

	@DeleteMapping("/members/{memberIdOrEmail}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@ProblemResponses({ "VALIDATION_FAILED", "FORBIDDEN", "ORGANIZATION_NOT_FOUND", "MEMBER_NOT_FOUND", "LAST_OWNER" })
	void remove(@PathVariable UUID organizationId, @PathVariable String memberIdOrEmail) {
		this.organizations.removeMember(organizationId, memberIdOrEmail);
	}

	@PostMapping("/leave")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@ProblemResponses({ "VALIDATION_FAILED", "ORGANIZATION_NOT_FOUND", "LAST_OWNER" })
	void leave(@PathVariable UUID organizationId) {
		this.organizations.leave(organizationId);
	}

	/** {@code {"role": "admin"}} or {@code {"role": ["admin", "member"]}}. */
	record RoleBody(Object role) {
	}

}
