package dev.belgie.organization.spi;

import java.util.Optional;

/**
 * Tells the client who is calling. The auto-configuration's default reads Spring
 * Security's {@code SecurityContext}.
 */
@FunctionalInterface
public interface CurrentUserProvider {

	/**
	 * {@return the current user, or empty when nobody is authenticated}
	 */
	Optional<OrganizationUser> currentUser();

}
