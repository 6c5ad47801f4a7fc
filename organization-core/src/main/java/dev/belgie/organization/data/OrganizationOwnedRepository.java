package dev.belgie.organization.data;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.NoRepositoryBean;

/**
 * A Spring Data repository of {@link OrganizationOwnedEntity} rows whose reads check
 * membership in the same statement (see {@link OrganizationOwned}): extend it instead of
 * {@link JpaRepository}.
 */
@NoRepositoryBean
public interface OrganizationOwnedRepository<T extends OrganizationOwnedEntity, ID>
		extends JpaRepository<T, ID>, JpaSpecificationExecutor<T> {

	/**
	 * {@return the rows of an organization, for one of its members (none for anybody
	 * else): one statement}
	 * @param organizationId the organization's id
	 * @param userId the user's id
	 * @param sort the order of the results
	 */
	default List<T> findAllInOrganization(UUID organizationId, String userId, Sort sort) {
		return findAll(OrganizationOwned.inOrganization(organizationId, userId), sort);
	}

	/**
	 * {@return one row of an organization by its id (an attribute named {@code id}), for
	 * one of its members; empty if it belongs to another organization}
	 * @param id the row's id
	 * @param organizationId the organization's id
	 * @param userId the user's id
	 */
	default Optional<T> findInOrganization(ID id, UUID organizationId, String userId) {
		return findOne(OrganizationOwned.<T>inOrganization(organizationId, userId)
			.and((root, query, cb) -> cb.equal(root.get("id"), id)));
	}

	/**
	 * {@return every row of every organization the user belongs to: one statement}
	 * @param userId the user's id
	 * @param sort the order of the results
	 */
	default List<T> findAllVisibleTo(String userId, Sort sort) {
		return findAll(OrganizationOwned.visibleTo(userId), sort);
	}

}
