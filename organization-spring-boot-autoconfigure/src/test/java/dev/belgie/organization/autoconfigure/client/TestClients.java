package dev.belgie.organization.autoconfigure.client;

import java.util.Optional;

import dev.belgie.organization.CurrentActor;
import dev.belgie.organization.OrganizationClient;
import dev.belgie.organization.OrganizationService;
import dev.belgie.organization.spi.OrganizationUser;
import org.springframework.beans.factory.BeanFactory;

/**
 * Clients acting for a given user (or nobody), outside any HTTP request: what the request
 * scope builds.
 */
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
		return beans.getBean(OrganizationService.class).client(new CurrentActor(() -> user)::get);
	}

}
