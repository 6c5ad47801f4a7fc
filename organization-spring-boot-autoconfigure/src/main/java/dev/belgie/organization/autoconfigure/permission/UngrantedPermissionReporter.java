package dev.belgie.organization.autoconfigure.permission;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.belgie.organization.RolePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Warns at start-up about each permission that code checks but no role grants (a typo, or
 * a role the configuration forgot), so that nobody finds out by being refused. "Checked
 * in code" means: a string literal passed as the permission to
 * {@code @organizations.can(..)} or {@code @organizations.require(..)} in a
 * {@link PreAuthorize} expression on a bean's class or methods, plus the permissions
 * listed in {@code belgie.organization.checked-permissions} (for those checked through
 * the client in Java).
 */
public class UngrantedPermissionReporter implements SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(UngrantedPermissionReporter.class);

	private static final Pattern CHECK = Pattern
		.compile("@organizations\\s*\\.\\s*(?:can|require)\\s*\\([^,()]+,\\s*'([^']+)'\\s*\\)");

	private final ListableBeanFactory beanFactory;

	private final RolePolicy rolePolicy;

	private final Collection<String> declared;

	public UngrantedPermissionReporter(ListableBeanFactory beanFactory, RolePolicy rolePolicy,
			Collection<String> declared) {
		this.beanFactory = beanFactory;
		this.rolePolicy = rolePolicy;
		this.declared = List.copyOf(declared);
	}

	@Override
	public void afterSingletonsInstantiated() {
		Set<String> checked = new TreeSet<>(this.declared);
		for (String name : this.beanFactory.getBeanDefinitionNames()) {
			Class<?> type = this.beanFactory.getType(name, false);
			if (type != null) {
				checked.addAll(checkedPermissions(ClassUtils.getUserClass(type)));
			}
		}
		ungranted(checked, this.rolePolicy)
			.forEach(
					(permission) -> logger.warn(
							"The permission '{}' is checked in code but no role grants it; roles are {}. "
									+ "Grant it in belgie.organization.roles.",
							permission, this.rolePolicy.roleNames()));
	}

	/**
	 * The permissions that {@code @organizations} expressions on the class and its
	 * methods check.
	 */
	public static Set<String> checkedPermissions(Class<?> type) {
		List<AnnotatedElement> elements = new ArrayList<>();
		elements.add(type);
		for (Method method : ReflectionUtils.getUniqueDeclaredMethods(type, ReflectionUtils.USER_DECLARED_METHODS)) {
			elements.add(method);
		}
		Set<String> permissions = new TreeSet<>();
		for (AnnotatedElement element : elements) {
			PreAuthorize preAuthorize = AnnotatedElementUtils.findMergedAnnotation(element, PreAuthorize.class);
			if (preAuthorize != null) {
				Matcher matcher = CHECK.matcher(preAuthorize.value());
				while (matcher.find()) {
					permissions.add(matcher.group(1));
				}
			}
		}
		return permissions;
	}

	/** Of the {@code checked} permissions, those no role grants. */
	public static Set<String> ungranted(Collection<String> checked, RolePolicy rolePolicy) {
		Set<String> granted = rolePolicy.permissionsOf(String.join(",", rolePolicy.roleNames()));
		Set<String> ungranted = new TreeSet<>(checked);
		ungranted.removeAll(granted);
		return ungranted;
	}

}
