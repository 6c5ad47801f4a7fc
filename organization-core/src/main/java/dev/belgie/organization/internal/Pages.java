package dev.belgie.organization.internal;

import dev.belgie.organization.OrganizationService;

/**
 * Page bounds shared by every paged read: {@code page} ≥ 0, {@code size} 1..200, no
 * offset past 2^31.
 */
public final class Pages {

	/** The largest page. */
	public static final int MAX_SIZE = OrganizationService.MAX_PAGE_SIZE;

	/**
	 * The first page of members and of invitations that an organization's details carry.
	 */
	public static final int DETAILS_SIZE = OrganizationService.DETAILS_PAGE_SIZE;

	private Pages() {
	}

	/** Refuses a page or size out of bounds (400, naming the field). */
	public static void check(int page, int size) {
		InputValidator input = new InputValidator();
		if (page < 0) {
			input.reject("page", "must be 0 or more");
		}
		if (size < 1 || size > MAX_SIZE) {
			input.reject("size", "must be between 1 and " + MAX_SIZE);
		}
		else if ((long) page * size > Integer.MAX_VALUE) {
			input.reject("page", "page × size must not exceed " + Integer.MAX_VALUE);
		}
		input.throwIfInvalid();
	}

}
