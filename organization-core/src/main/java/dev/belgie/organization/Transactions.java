package dev.belgie.organization;

import java.util.function.Supplier;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Programmatic transactions for the service and the client: neither is an AOP proxy, so they can share
 * their steps freely and a transaction boundary is visible where it is drawn.
 */
public final class Transactions {

	private final TransactionTemplate write;

	private final TransactionTemplate read;

	public Transactions(PlatformTransactionManager transactionManager) {
		this.write = new TransactionTemplate(transactionManager);
		this.read = new TransactionTemplate(transactionManager);
		this.read.setReadOnly(true);
	}

	/** Runs {@code work} in a transaction, joining the caller's if there is one. */
	public <T> T write(Supplier<T> work) {
		return this.write.execute((status) -> work.get());
	}

	public void write(Runnable work) {
		this.write.executeWithoutResult((status) -> work.run());
	}

	/** Runs {@code work} in a read-only transaction, joining the caller's if there is one. */
	public <T> T read(Supplier<T> work) {
		return this.read.execute((status) -> work.get());
	}

}
