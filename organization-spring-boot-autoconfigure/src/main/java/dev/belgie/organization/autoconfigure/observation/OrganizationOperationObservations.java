package dev.belgie.organization.autoconfigure.observation;

import java.util.Set;
import java.util.function.Supplier;

import dev.belgie.organization.error.OrganizationErrorCode;
import dev.belgie.organization.error.OrganizationException;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.util.ReflectionUtils;

/**
 * Runs each operation of the client or the service inside an {@link Observation} named
 * {@value #NAME}, with two low-cardinality keys: {@code operation} (the method, such as
 * {@code addMember}) and {@code outcome} ({@code SUCCESS} or the error code, such as
 * {@code MEMBERSHIP_LIMIT_REACHED}). No argument becomes a key: no user id, e-mail or
 * organization name ever reaches a metric or a span tag.
 * <p>
 * An operation called by another (the client delegating to the service) is part of it,
 * not observed again. An error code is an outcome, not a failure of the observation; only
 * an unexpected exception is recorded as the observation's error (outcome
 * {@code INTERNAL_ERROR}).
 */
public class OrganizationOperationObservations implements MethodInterceptor {

	/** The observation's name, and so the timer's and the span's. */
	public static final String NAME = "belgie.organization.operation";

	private static final String INTERNAL_ERROR = "INTERNAL_ERROR";

	/** Accessors, not operations. */
	private static final Set<String> NOT_OPERATIONS = Set.of("currentUser", "rolePolicy", "settings", "client");

	/**
	 * The service's methods that hand out a client: the client they return is observed
	 * instead.
	 */
	private static final Set<String> CLIENT_FACTORIES = Set.of("asSystem", "onBehalfOf");

	private final Supplier<ObservationRegistry> registry;

	/**
	 * @param registry the registry, looked up at each call:
	 * {@link ObservationRegistry#NOOP} records nothing
	 */
	public OrganizationOperationObservations(Supplier<ObservationRegistry> registry) {
		this.registry = registry;
	}

	@Override
	public Object invoke(MethodInvocation invocation) throws Throwable {
		String operation = invocation.getMethod().getName();
		if (CLIENT_FACTORIES.contains(operation)) {
			return observed(invocation.proceed());
		}
		ObservationRegistry registry = this.registry.get();
		if (registry.isNoop() || NOT_OPERATIONS.contains(operation)
				|| ReflectionUtils.isObjectMethod(invocation.getMethod()) || insideAnOperation(registry)) {
			return invocation.proceed();
		}
		Observation observation = Observation.createNotStarted(NAME, registry)
			.contextualName("organization " + operation)
			.lowCardinalityKeyValue("operation", operation)
			.start();
		try (Observation.Scope scope = observation.openScope()) {
			Object result = invocation.proceed();
			observation.lowCardinalityKeyValue("outcome", "SUCCESS");
			return result;
		}
		catch (OrganizationException ex) {
			observation.lowCardinalityKeyValue("outcome", ex.getErrorCode().code());
			throw ex;
		}
		catch (Throwable ex) {
			observation.lowCardinalityKeyValue("outcome", INTERNAL_ERROR).error(ex);
			throw ex;
		}
		finally {
			observation.stop();
		}
	}

	/**
	 * An operation that calls another (the client calling the service) is one operation,
	 * observed once.
	 */
	/**
	 * The client a service handed out, its operations observed like the request's
	 * client's.
	 */
	private Object observed(Object client) {
		if (client == null) {
			return null;
		}
		ProxyFactory proxy = new ProxyFactory(client);
		proxy.addAdvice(this);
		return proxy.getProxy(client.getClass().getClassLoader());
	}

	private static boolean insideAnOperation(ObservationRegistry registry) {
		Observation current = registry.getCurrentObservation();
		return current != null && NAME.equals(current.getContext().getName());
	}

}
