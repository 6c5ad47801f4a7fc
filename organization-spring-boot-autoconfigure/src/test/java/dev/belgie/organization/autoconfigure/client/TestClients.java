package dev.belgie.organization.autoconfigure.client;

import java.util.Optional;

import dev.belgie.organization.DefaultOrganizationClient;
import dev.belgie.organization.OrganizationClient;
import dev.belgie.organization.invitation.InvitationOperations;
import dev.belgie.organization.membership.MembershipOperations;
import dev.belgie.organization.organization.OrganizationOperations;
import dev.belgie.organization.spi.OrganizationUser;
import org.springframework.beans.factory.BeanFactory;

/** Clients acting for a given user (or nobody), outside any HTTP request: what the request scope builds. */
public final class TestClients {

	private TestClients() {
	}

	public static OrganizationClient actingAs(BeanFactory beans, OrganizationUser user) {
		return create(beans, Optional.ofNullable(user));
	}

	public static OrganizationClient anonymous(BeanFactory beans) {
		return create(beans, Optional.empty());
	}

	private static OrganizationClient create(BeanFactory beans, Optional<OrganizationUser> user) {
		return new DefaultOrganizationClient(beans.getBean(OrganizationOperations.class),
				beans.getBean(MembershipOperations.class), beans.getBean(InvitationOperations.class), () -> user);
	}

}
