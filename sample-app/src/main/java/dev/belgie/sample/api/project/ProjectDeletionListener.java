package dev.belgie.sample.api.project;

import dev.belgie.organization.organization.OrganizationDeletingEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An organization with projects is deleted only when the caller asked for a cascade: then
 * its projects go in the deleting transaction; otherwise the deletion is vetoed (409
 * {@code ORGANIZATION_DELETION_VETOED}).
 */
@Component
class ProjectDeletionListener {

	private final ProjectRepository projects;

	ProjectDeletionListener(ProjectRepository projects) {
		this.projects = projects;
	}

	@EventListener
	void deleting(OrganizationDeletingEvent event) {
		if (event.cascade()) {
			this.projects.deleteByOrganizationId(event.organization().id());
		}
		else if (this.projects.existsByOrganizationId(event.organization().id())) {
			event.veto("The organization still has projects: delete them first, or ask for ?cascade=true.");
		}
	}

}
