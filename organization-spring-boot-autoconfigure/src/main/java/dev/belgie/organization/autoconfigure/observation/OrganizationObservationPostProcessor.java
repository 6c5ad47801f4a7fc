package dev.belgie.organization.autoconfigure.observation;

import java.util.List;

import org.springframework.aop.framework.Advised;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.aop.scope.ScopedProxyUtils;
import org.springframework.aop.scope.ScopedObject;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Wraps the beans whose methods are the organization operations (the client, one per
 * request, and the service) in a proxy that observes each call: the one place every
 * operation passes through, whichever API it is called by.
 */
public class OrganizationObservationPostProcessor implements BeanPostProcessor {

	private final List<Class<?>> operationTypes;

	private final OrganizationOperationObservations observations;

	/**
	 * @param operationTypes the types whose beans are observed, such as
	 * {@code OrganizationService}; classes that are not final, as the request-scoped
	 * client already must be
	 */
	public OrganizationObservationPostProcessor(List<Class<?>> operationTypes,
			OrganizationOperationObservations observations) {
		this.operationTypes = operationTypes;
		this.observations = observations;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (ScopedProxyUtils.isScopedTarget(beanName)
				|| this.operationTypes.stream().noneMatch((type) -> type.isInstance(bean))) {
			return bean;
		}
		// A scoped proxy (the request-scoped client's) is made once and is itself an AOP
		// proxy: it observes the
		// calls it forwards, so that no proxy is made for each request's client.
		if (bean instanceof ScopedObject) {
			if (bean instanceof Advised advised && !advised.isFrozen()) {
				advised.addAdvice(0, this.observations);
			}
			return bean;
		}
		ProxyFactory proxy = new ProxyFactory(bean);
		// a class-based proxy: the client's scoped proxy calls the target through its
		// class's methods
		proxy.setProxyTargetClass(true);
		proxy.addAdvice(this.observations);
		return proxy.getProxy(bean.getClass().getClassLoader());
	}

}
