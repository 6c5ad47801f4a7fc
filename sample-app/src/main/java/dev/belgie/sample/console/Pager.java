package dev.belgie.sample.console;

/** Paging of the console's lists. */
final class Pager {

	/** How many rows a page of a list shows. */
	static final int PAGE_SIZE = 20;

	private Pager() {
	}

	/** The last page's index (0 for an empty list). */
	static long lastPage(long total, int size) {
		return Math.max(0, (total - 1) / size);
	}

}
