package dev.belgie.sample.console;

import java.util.UUID;
import java.util.function.Predicate;

import dev.belgie.organization.Permissions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The console's own organization tabs; other features add theirs as
 * {@link OrganizationTab} beans.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleTabs {

	@Bean
	OrganizationTab overviewTab() {
		return new PathTab("Overview", "", 100, (caller) -> true);
	}

	@Bean
	OrganizationTab membersTab() {
		return new PathTab("Members", "/members", 200, (caller) -> true);
	}

	@Bean
	OrganizationTab invitationsTab() {
		return new PathTab("Invitations", "/invitations", 300, (caller) -> true);
	}

	@Bean
	OrganizationTab settingsTab() {
		return new PathTab("Settings", "/settings", 900,
				(caller) -> caller.can(Permissions.ORGANIZATION_UPDATE) || caller.can(Permissions.ORGANIZATION_DELETE));
	}

	/**
	 * A tab at {@code /organizations/{id}} followed by a suffix.
	 *
	 * @param label the tab's label
	 * @param suffix the path after the organization's, empty for its overview
	 * @param order where the tab goes
	 * @param visible who sees it
	 */
	public record PathTab(String label, String suffix, int order,
			Predicate<CallerMembership> visible) implements OrganizationTab {

		@Override
		public String path(UUID organizationId) {
			return "/organizations/" + organizationId + this.suffix;
		}

		@Override
		public boolean visibleTo(CallerMembership caller) {
			return this.visible.test(caller);
		}

	}

}
