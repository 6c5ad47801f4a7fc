package dev.belgie.organization.testsupport;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements that the current thread prepares, at the JDBC level: those of
 * Hibernate and those of the read path's plain SQL alike, and none of other threads (the
 * mail outbox's worker). Registered as a bean post-processor, it wraps the application's
 * {@link DataSource}.
 */
public final class StatementCounter implements BeanPostProcessor {

	private static final Set<String> STATEMENTS = Set.of("prepareStatement", "prepareCall", "createStatement");

	private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);

	/** Starts counting this thread's statements afresh. */
	public static void reset() {
		COUNT.get()[0] = 0;
	}

	/**
	 * The statements this thread prepared since {@link #reset()}.
	 * @return the count
	 */
	public static long count() {
		return COUNT.get()[0];
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (!(bean instanceof DataSource dataSource)) {
			return bean;
		}
		return Proxy.newProxyInstance(getClass().getClassLoader(),
				new Class<?>[] { DataSource.class, AutoCloseable.class }, (proxy, method, arguments) -> {
					Object result = call(dataSource, method, arguments);
					return (result instanceof Connection connection) ? counting(connection) : result;
				});
	}

	private static Connection counting(Connection connection) {
		return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
				new Class<?>[] { Connection.class }, (proxy, method, arguments) -> {
					if (STATEMENTS.contains(method.getName())) {
						COUNT.get()[0]++;
					}
					return call(connection, method, arguments);
				});
	}

	private static Object call(Object target, Method method, Object[] arguments) throws Throwable {
		try {
			return method.invoke(target, arguments);
		}
		catch (InvocationTargetException ex) {
			throw ex.getTargetException();
		}
	}

}
