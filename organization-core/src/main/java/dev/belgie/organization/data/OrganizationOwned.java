package dev.belgie.organization.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.belgie.organization.internal.MemberEntity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.persistence.Tuple;
import org.springframework.data.jpa.domain.Specification;

/**
 * Queries on {@link OrganizationOwnedEntity} rows that check membership in the same SQL
 * statement: a subquery on the membership table by user id, never a list of organizations
 * fetched first, so each is one statement whatever the number of organizations the user
 * belongs to.
 */
public final class OrganizationOwned {

	static final String ORGANIZATION_ID = "organizationId";

	private OrganizationOwned() {
	}

	/**
	 * {@return the rows of {@code organizationId}, and none unless {@code userId} is a
	 * member of it}
	 * @param <T> the type of the result
	 * @param organizationId the organization's id
	 * @param userId the user's id
	 */
	public static <T extends OrganizationOwnedEntity> Specification<T> inOrganization(UUID organizationId,
			String userId) {
		return (root, query, cb) -> cb.and(cb.equal(root.get(ORGANIZATION_ID), organizationId),
				isMember(root.get(ORGANIZATION_ID), userId, query, cb));
	}

	/**
	 * {@return every row of every organization {@code userId} belongs to}
	 * @param <T> the type of the result
	 * @param userId the user's id
	 */
	public static <T extends OrganizationOwnedEntity> Specification<T> visibleTo(String userId) {
		return (root, query, cb) -> isMember(root.get(ORGANIZATION_ID), userId, query, cb);
	}

	/**
	 * {@return how many rows of {@code type} each organization of {@code userId} has, in
	 * one statement (organizations without rows are absent): the body of an
	 * {@code OrganizationCounter}}
	 * @param <T> the type of the result
	 * @param entityManager the JPA entity manager
	 * @param type the entity type to count
	 * @param userId the user's id
	 */
	public static <T extends OrganizationOwnedEntity> Map<UUID, Long> countsVisibleTo(EntityManager entityManager,
			Class<T> type, String userId) {
		// JPQL text rather than a criteria query: Hibernate caches the plan of a query
		// string, while a criteria
		// query is translated to SQL again on every call
		String entity = entityManager.getMetamodel().entity(type).getName();
		List<Tuple> rows = entityManager.createQuery("select e.organizationId, count(e) from " + entity
				+ " e where e.organizationId in"
				+ " (select m.organizationId from BelgieMember m where m.userId = :userId) group by e.organizationId",
				Tuple.class)
			.setParameter("userId", userId)
			.getResultList();
		Map<UUID, Long> counts = new LinkedHashMap<>();
		rows.forEach((row) -> counts.put(row.get(0, UUID.class), row.get(1, Long.class)));
		return counts;
	}

	/**
	 * {@code organizationId in (select organization_id from belgie_member where user_id = ?)}.
	 */
	private static jakarta.persistence.criteria.Predicate isMember(Path<UUID> organizationId, String userId,
			jakarta.persistence.criteria.CommonAbstractCriteria query, CriteriaBuilder cb) {
		Subquery<UUID> memberships = query.subquery(UUID.class);
		Root<MemberEntity> member = memberships.from(MemberEntity.class);
		memberships.select(member.get(ORGANIZATION_ID)).where(cb.equal(member.get("userId"), userId));
		return organizationId.in(memberships);
	}

}
