package dev.belgie.organization.membership;

/**
 * Who may be added to an organization directly, by user id or e-mail address, without an
 * invitation ({@code belgie.organization.members.direct-add}). Adding someone is joining
 * them without their consent, so by default only a user who proved the address is theirs
 * can be added: otherwise anyone could sign up with a colleague's address and be made a
 * member, even an admin, in that colleague's place.
 */
public enum DirectAddPolicy {

	/**
	 * Only users whose e-mail address is verified; anyone else is answered as an unknown
	 * user.
	 */
	VERIFIED,

	/** Nobody: members join by accepting an invitation ({@code DIRECT_ADD_DISABLED}). */
	NEVER,

	/** Any user the directory knows: for trusted back-office applications. */
	ANY

}
