package dev.belgie.organization.internal;

import java.util.function.Supplier;

import dev.belgie.organization.error.OrganizationErrorCode;
import dev.belgie.organization.error.OrganizationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Programmatic transactions for the operations: none of them is an AOP proxy, so a
 * transaction boundary is visible where it is drawn. A write that loses a race the locks
 * could not prevent (a lock timeout, a deadlock victim, a stale version) is reported as
 * {@code CONCURRENT_MODIFICATION}, never as a server error.
 */
public final class Transactions {

	private final TransactionTemplate write;

	private final TransactionTemplate read;

	private final TransactionTemplate separate;

	public Transactions(PlatformTransactionManager transactionManager) {
		this.write = new TransactionTemplate(transactionManager);
		this.read = new TransactionTemplate(transactionManager);
		this.read.setReadOnly(true);
		this.separate = new TransactionTemplate(transactionManager);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Runs {@code work} in a transaction, joining the caller's if there is one. */
	public <T> T write(Supplier<T> work) {
		try {
			return this.write.execute((status) -> work.get());
		}
		catch (OptimisticLockingFailureException | PessimisticLockingFailureException ex) {
			throw concurrentModification(ex);
		}
	}

	public void write(Runnable work) {
		write(() -> {
			work.run();
			return null;
		});
	}

	/** Runs {@code work} in a transaction of its own, even inside the caller's. */
	public <T> T separately(Supplier<T> work) {
		try {
			return this.separate.execute((status) -> work.get());
		}
		catch (OptimisticLockingFailureException | PessimisticLockingFailureException ex) {
			throw concurrentModification(ex);
		}
	}

	/**
	 * Runs {@code work} in a read-only transaction, joining the caller's if there is one.
	 */
	public <T> T read(Supplier<T> work) {
		return this.read.execute((status) -> work.get());
	}

	private static OrganizationException concurrentModification(RuntimeException cause) {
		OrganizationException ex = new OrganizationException(OrganizationErrorCode.CONCURRENT_MODIFICATION,
				"A concurrent change won; retrying may succeed.");
		ex.initCause(cause);
		return ex;
	}

}
