package dev.belgie.organization.assembly;

/**
 * Hands an assembly the Spring Data repositories of its module, created by Spring Data
 * from the module's repository package (see
 * {@link OrganizationAssembly#REPOSITORY_PACKAGE}): in a Spring application,
 * {@code beanFactory::getBean}.
 */
@FunctionalInterface
public interface RepositoryLookup {

	/**
	 * The repository of the given type.
	 * @param <T> the repository type
	 * @param type the repository interface
	 * @return the repository
	 */
	<T> T get(Class<T> type);

}
