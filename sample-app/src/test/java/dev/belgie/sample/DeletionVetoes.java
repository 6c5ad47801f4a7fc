package dev.belgie.sample;

import dev.belgie.organization.organization.OrganizationDeletingEvent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;

/**
 * A listener that refuses to delete organizations named "{@value #PREFIX} ...", giving
 * {@value #REASON}: an application's veto, as the console shows it.
 */
@TestConfiguration(proxyBeanMethods = false)
class DeletionVetoes {

	static final String PREFIX = "Vetoed";

	static final String REASON = "it still has unpaid invoices";

	@EventListener
	void onDeleting(OrganizationDeletingEvent event) {
		if (event.organization().name().startsWith(PREFIX)) {
			event.veto(REASON);
		}
	}

}
