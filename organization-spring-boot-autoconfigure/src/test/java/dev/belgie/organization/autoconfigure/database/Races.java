package dev.belgie.organization.autoconfigure.database;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import dev.belgie.organization.error.ErrorCode;
import dev.belgie.organization.error.OrganizationException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Concurrent tasks released together, and what became of each: shared by the race tests.
 */
final class Races {

	private Races() {
	}

	/**
	 * Runs {@code count} tasks on as many threads, released together once all are ready,
	 * and returns their outcomes in task order. A task that does not end within a minute
	 * (a deadlock) fails the test.
	 */
	static List<Outcome> race(int count, IntFunction<Callable<?>> tasks) throws Exception {
		ExecutorService executor = Executors.newFixedThreadPool(count);
		try {
			CountDownLatch ready = new CountDownLatch(count);
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Object>> futures = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				Callable<?> task = tasks.apply(i);
				futures.add(executor.submit(() -> {
					ready.countDown();
					start.await();
					return task.call();
				}));
			}
			assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
			start.countDown();
			List<Outcome> outcomes = new ArrayList<>();
			for (Future<Object> future : futures) {
				try {
					future.get(60, TimeUnit.SECONDS);
					outcomes.add(new Outcome(null));
				}
				catch (ExecutionException ex) {
					outcomes.add(new Outcome(ex.getCause()));
				}
			}
			return outcomes;
		}
		finally {
			executor.shutdownNow();
		}
	}

	/**
	 * Asserts how many tasks succeeded, and that every other one failed with one of the
	 * expected codes.
	 */
	static void assertOutcomes(List<Outcome> outcomes, int successes, ErrorCode... expected) {
		List<Throwable> failures = outcomes.stream()
			.filter((outcome) -> !outcome.succeeded())
			.map(Outcome::error)
			.toList();
		for (Throwable failure : failures) {
			assertThat(failure).as("every loser fails with an OrganizationException, not %s", failure)
				.isInstanceOf(OrganizationException.class);
			assertThat(((OrganizationException) failure).getErrorCode()).as(failure.getMessage())
				.isIn((Object[]) expected);
		}
		assertThat(outcomes.size() - failures.size()).as("successes").isEqualTo(successes);
	}

	record Outcome(Throwable error) {

		boolean succeeded() {
			return this.error == null;
		}

	}

}
