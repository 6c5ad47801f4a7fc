package dev.belgie.sample.api.project;

import dev.belgie.organization.OrganizationAccess;
import dev.belgie.organization.audit.AuditLog;
import dev.belgie.organization.audit.AuditTarget;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import dev.belgie.organization.Actor;
import dev.belgie.organization.OrganizationClient;
import dev.belgie.organization.error.OrganizationException;
import dev.belgie.sample.api.SampleErrorCode;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sample's projects, every permission checked in code: reads and deletion through the
 * client ({@code membership}, {@code require}); creation through
 * {@link OrganizationAccess#write}, the same check made under the organization's lock
 * (which no client call holds), so that no project slips in beside a concurrent deletion
 * of the organization. Put
 * {@code @PreAuthorize("@organizations.require(#organizationId, 'project:delete')")} on a
 * method instead when the whole method needs one permission and uses nothing of the
 * check: the rule then shows on its signature. Every read joins the membership table in
 * its one statement.
 */
@Service
public class Projects {

	/**
	 * The permission that creating a project needs (granted in {@code application.yml}).
	 */
	public static final String CREATE = "project:create";

	/** The permission that deleting a project needs. */
	public static final String DELETE = "project:delete";

	private static final Sort ORDER = Sort.by("createdAt", "id");

	private final ProjectRepository projects;

	private final OrganizationClient organizations;

	private final OrganizationAccess access;

	private final AuditLog auditLog;

	private final Clock clock;

	Projects(ProjectRepository projects, OrganizationClient organizations, OrganizationAccess access,
			AuditLog auditLog) {
		this.auditLog = auditLog;
		this.projects = projects;
		this.organizations = organizations;
		this.access = access;
		this.clock = Clock.systemUTC();
	}

	/**
	 * Needs {@code project:create}; checked and written under the organization's lock.
	 */
	public ProjectView create(UUID organizationId, ProjectRequest request) {
		ProjectRequest valid = request.validated();
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		return this.access.write(actor(), organizationId, CREATE, (membership) -> {
			ProjectView created = ProjectView
				.of(this.projects.saveAndFlush(new Project(organizationId, valid.name(), valid.description(), now)));
			// the application's own entry, in the same log and the same transaction
			this.auditLog.record(actor(), organizationId, "project.created", AuditTarget.of("project", created.id()),
					AuditLog.details("name", created.name()));
			return created;
		});
	}

	/** Any member; {@code ORGANIZATION_NOT_FOUND} for anybody else. */
	@Transactional(readOnly = true)
	public List<ProjectView> list(UUID organizationId) {
		this.organizations.membership(organizationId);
		return this.projects.findAllInOrganization(organizationId, userId(), ORDER)
			.stream()
			.map(ProjectView::of)
			.toList();
	}

	/** Any member; {@code ORGANIZATION_NOT_FOUND} for anybody else. */
	@Transactional(readOnly = true)
	public ProjectView get(UUID organizationId, UUID projectId) {
		this.organizations.membership(organizationId);
		return ProjectView.of(find(organizationId, projectId));
	}

	/** Needs {@code project:delete}. */
	@Transactional
	public void delete(UUID organizationId, UUID projectId) {
		this.organizations.require(organizationId, DELETE);
		Project project = find(organizationId, projectId);
		this.projects.delete(project);
		this.auditLog.record(actor(), organizationId, "project.deleted", AuditTarget.of("project", projectId),
				AuditLog.details("name", project.getName()));
	}

	/** Every project of every organization the caller belongs to: one statement. */
	@Transactional(readOnly = true)
	public List<ProjectView> visible() {
		return this.projects.findAllVisibleTo(userId(), ORDER).stream().map(ProjectView::of).toList();
	}

	private Project find(UUID organizationId, UUID projectId) {
		return this.projects.findInOrganization(projectId, organizationId, userId())
			.orElseThrow(() -> new OrganizationException(SampleErrorCode.PROJECT_NOT_FOUND, "No such project."));
	}

	private String userId() {
		return this.organizations.currentUser().id();
	}

	private Actor actor() {
		return Actor.member(this.organizations.currentUser());
	}

}
