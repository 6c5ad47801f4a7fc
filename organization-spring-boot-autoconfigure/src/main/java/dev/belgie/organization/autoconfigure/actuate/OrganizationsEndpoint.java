package dev.belgie.organization.autoconfigure.actuate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * The {@code organizations} Actuator endpoint (read-only): totals of organizations,
 * memberships, invitations and whatever else an {@link OrganizationStatistics} bean
 * contributes. Like every endpoint it is exposed only when
 * {@code management.endpoints.web.exposure.include} names it.
 */
@Endpoint(id = "organizations")
public class OrganizationsEndpoint {

	private final List<OrganizationStatistics> statistics;

	public OrganizationsEndpoint(List<OrganizationStatistics> statistics) {
		this.statistics = statistics;
	}

	@ReadOperation
	public Map<String, Object> totals() {
		Map<String, Object> totals = new LinkedHashMap<>();
		this.statistics.forEach((contributor) -> totals.putAll(contributor.totals()));
		return totals;
	}

}
