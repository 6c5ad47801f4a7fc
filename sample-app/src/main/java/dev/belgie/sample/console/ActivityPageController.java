package dev.belgie.sample.console;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import dev.belgie.organization.OrganizationClient;
import dev.belgie.organization.Permissions;
import dev.belgie.organization.audit.AuditEntry;
import dev.belgie.organization.audit.AuditPage;
import dev.belgie.organization.audit.AuditQuery;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An organization's activity: its audit log, newest first, a page at a time, in
 * sentences. The tab is shown to those holding {@code audit:read}; the client refuses
 * anyone else anyway.
 */
@Controller
class ActivityPageController {

	static final int PAGE_SIZE = 25;

	private final OrganizationClient organizations;

	private final OrganizationPages pages;

	private final Clock clock = Clock.systemUTC();

	ActivityPageController(OrganizationClient organizations, OrganizationPages pages) {
		this.organizations = organizations;
		this.pages = pages;
	}

	@GetMapping("/organizations/{organizationId}/activity")
	String activity(@PathVariable UUID organizationId, @RequestParam(required = false) UUID before, Model model) {
		this.pages.prepare(organizationId, "Activity", model);
		AuditPage page = this.organizations.auditLog(organizationId, new AuditQuery(before, PAGE_SIZE, null, null));
		Instant now = this.clock.instant();
		model.addAttribute("entries", page.items().stream().map((entry) -> Row.of(entry, now)).toList());
		model.addAttribute("next", page.next());
		model.addAttribute("older", before != null);
		return "console/activity";
	}

	/** An entry as the page shows it. */
	record Row(AuditEntry entry, String sentence, String ago) {

		static Row of(AuditEntry entry, Instant now) {
			return new Row(entry, ActivitySentences.sentence(entry), ActivitySentences.ago(entry.at(), now));
		}

	}

	/** The Activity tab, after the console's own tabs, to members holding audit:read. */
	@Configuration(proxyBeanMethods = false)
	static class ActivityTab {

		@Bean
		OrganizationTab activityTab() {
			return new ConsoleTabs.PathTab("Activity", "/activity", 800,
					(caller) -> caller.can(Permissions.AUDIT_READ));
		}

	}

}
