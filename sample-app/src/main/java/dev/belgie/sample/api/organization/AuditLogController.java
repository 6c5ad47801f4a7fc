package dev.belgie.sample.api.organization;

import java.util.UUID;

import dev.belgie.organization.OrganizationClient;
import dev.belgie.organization.audit.AuditPage;
import dev.belgie.organization.audit.AuditQuery;
import dev.belgie.sample.web.openapi.ProblemResponses;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** An organization's audit log, to members holding {@code audit:read}. */
@RestController
class AuditLogController {

	private final OrganizationClient organizations;

	AuditLogController(OrganizationClient organizations) {
		this.organizations = organizations;
	}

	@GetMapping("/api/organizations/{organizationId}/audit-log")
	@ProblemResponses({ "VALIDATION_FAILED", "FORBIDDEN", "ORGANIZATION_NOT_FOUND" })
	AuditPage auditLog(@PathVariable UUID organizationId, @RequestParam(defaultValue = "50") int limit,
			@RequestParam(required = false) UUID before, @RequestParam(required = false) String action,
			@RequestParam(required = false) String actorId) {
		return this.organizations.auditLog(organizationId, new AuditQuery(before, limit, action, actorId));
	}

}
