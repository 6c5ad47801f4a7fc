package dev.belgie.organization.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import dev.belgie.organization.RolePolicy;
import dev.belgie.organization.Roles;
import dev.belgie.organization.membership.DirectAddPolicy;
import dev.belgie.organization.error.OrganizationException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Configuration of the organization starter.
 */
@ConfigurationProperties("belgie.organization")
public class OrganizationProperties implements Validator {

	/**
	 * The field of errors in {@code extraPermissions}, as its key is written: a map's
	 * errors are named by their field alone.
	 */
	private static final String EXTRA_PERMISSIONS = "extra-permissions";

	private static final Pattern PERMISSION = Pattern.compile("^[a-z][a-z0-9-]*:[a-z][a-z0-9-]*$");

	/**
	 * Whether the organization starter is enabled.
	 */
	private boolean enabled = true;

	/**
	 * Whether users may create organizations.
	 */
	private boolean allowUserToCreateOrganization = true;

	/**
	 * Role, or comma-separated roles, that the creator of an organization receives.
	 */
	private String creatorRole = Roles.OWNER;

	/**
	 * Number of organizations a user may belong to and still create another. Unlimited
	 * when not set.
	 */
	private Integer organizationLimit;

	/**
	 * Maximum number of members of an organization, its owners included. Unlimited when
	 * not set.
	 */
	private Integer membershipLimit;

	/**
	 * How long an invitation stays valid.
	 */
	private Duration invitationExpiresIn = Duration.ofHours(48);

	/**
	 * Maximum number of pending invitations of an organization. Unlimited when not set.
	 */
	private Integer invitationLimit;

	/**
	 * Permissions of each role ('resource:action'), by role name. A role named here
	 * replaces the built-in role of the same name (owner, admin, member); other names add
	 * roles.
	 */
	private Map<String, List<String>> roles = new LinkedHashMap<>();

	/**
	 * Permissions ('resource:action') added to a role, built-in or configured under
	 * roles, by role name: the role keeps its own permissions, so a built-in role is
	 * extended without restating it.
	 */
	private Map<String, List<String>> extraPermissions = new LinkedHashMap<>();

	/**
	 * Permissions that the application checks in Java code (through the client), besides
	 * those in {@code @organizations} expressions of {@code @PreAuthorize}: each one that
	 * no role grants is logged as a warning at start-up.
	 */
	private List<String> checkedPermissions = new ArrayList<>();

	/**
	 * Base URL of the application, used in links sent by e-mail.
	 */
	private String baseUrl = "http://localhost:8080";

	/**
	 * Link of an invitation in its e-mail; '{base-url}' and '{id}' are replaced by the
	 * base URL and the invitation's id.
	 */
	private String invitationUrl = "{base-url}/invitations/{id}";

	private final Schema schema = new Schema();

	private final Mail mail = new Mail();

	private final Members members = new Members();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public boolean isAllowUserToCreateOrganization() {
		return this.allowUserToCreateOrganization;
	}

	public void setAllowUserToCreateOrganization(boolean allowUserToCreateOrganization) {
		this.allowUserToCreateOrganization = allowUserToCreateOrganization;
	}

	public String getCreatorRole() {
		return this.creatorRole;
	}

	public void setCreatorRole(String creatorRole) {
		this.creatorRole = creatorRole;
	}

	public Integer getOrganizationLimit() {
		return this.organizationLimit;
	}

	public void setOrganizationLimit(Integer organizationLimit) {
		this.organizationLimit = organizationLimit;
	}

	public Integer getMembershipLimit() {
		return this.membershipLimit;
	}

	public void setMembershipLimit(Integer membershipLimit) {
		this.membershipLimit = membershipLimit;
	}

	public Duration getInvitationExpiresIn() {
		return this.invitationExpiresIn;
	}

	public void setInvitationExpiresIn(Duration invitationExpiresIn) {
		this.invitationExpiresIn = invitationExpiresIn;
	}

	public Integer getInvitationLimit() {
		return this.invitationLimit;
	}

	public void setInvitationLimit(Integer invitationLimit) {
		this.invitationLimit = invitationLimit;
	}

	public Map<String, List<String>> getRoles() {
		return this.roles;
	}

	public void setRoles(Map<String, List<String>> roles) {
		this.roles = roles;
	}

	public Map<String, List<String>> getExtraPermissions() {
		return this.extraPermissions;
	}

	public void setExtraPermissions(Map<String, List<String>> extraPermissions) {
		this.extraPermissions = extraPermissions;
	}

	public List<String> getCheckedPermissions() {
		return this.checkedPermissions;
	}

	public void setCheckedPermissions(List<String> checkedPermissions) {
		this.checkedPermissions = checkedPermissions;
	}

	public String getBaseUrl() {
		return this.baseUrl;
	}

	public void setBaseUrl(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	public String getInvitationUrl() {
		return this.invitationUrl;
	}

	public void setInvitationUrl(String invitationUrl) {
		this.invitationUrl = invitationUrl;
	}

	public Schema getSchema() {
		return this.schema;
	}

	public Members getMembers() {
		return this.members;
	}

	public Mail getMail() {
		return this.mail;
	}

	@Override
	public boolean supports(Class<?> type) {
		// the nested outbox settings are validated where they are bound, so that errors
		// name their keys
		return OrganizationProperties.class.isAssignableFrom(type) || Outbox.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		if (target instanceof Outbox outbox) {
			outbox.validate(errors);
			return;
		}
		OrganizationProperties properties = (OrganizationProperties) target;
		rejectIfNotPositive(errors, "organizationLimit", properties.getOrganizationLimit());
		rejectIfNotPositive(errors, "membershipLimit", properties.getMembershipLimit());
		rejectIfNotPositive(errors, "invitationLimit", properties.getInvitationLimit());
		if (properties.getMail().getSubject() == null || properties.getMail().getSubject().strip().startsWith("{")) {
			errors.rejectValue("mail.subject", "placeholder",
					"must begin with text of its own, not a placeholder: the name an inviter chose never opens a subject");
		}
		if (properties.getMembers().getDirectAdd() == null) {
			errors.rejectValue("members.directAdd", "required", "must be one of verified, never, any");
		}
		if (!properties.getInvitationUrl().contains("{id}")) {
			errors.rejectValue("invitationUrl", "id", "must contain the placeholder {id}");
		}
		Duration expiresIn = properties.getInvitationExpiresIn();
		if (expiresIn == null || expiresIn.isNegative() || expiresIn.isZero()) {
			errors.rejectValue("invitationExpiresIn", "positive", "must be a positive duration, such as 48h");
		}
		rejectMalformedPermissions(errors, "roles", properties.getRoles());
		rejectMalformedPermissions(errors, EXTRA_PERMISSIONS, properties.getExtraPermissions());
		try {
			OrganizationPropertiesMapper.configuredRoles(properties)
				.withExtraPermissions(properties.getExtraPermissions());
		}
		catch (IllegalArgumentException ex) {
			errors.rejectValue(EXTRA_PERMISSIONS, "undefined", ex.getMessage());
			return;
		}
		try {
			RolePolicy policy = OrganizationPropertiesMapper.rolePolicy(properties);
			for (String creatorRole : Roles.parse(properties.getCreatorRole())) {
				if (!policy.isDefined(creatorRole)) {
					errors.rejectValue("creatorRole", "undefined",
							"'" + creatorRole + "' is not a defined role; defined roles are " + policy.roleNames());
				}
			}
		}
		catch (OrganizationException | IllegalArgumentException ex) {
			errors.rejectValue("creatorRole", "invalid", "must name one or more roles");
		}
	}

	private static void rejectMalformedPermissions(Errors errors, String field, Map<String, List<String>> roles) {
		roles.forEach((role, permissions) -> permissions.stream()
			.filter((permission) -> !PERMISSION.matcher(permission).matches())
			.findFirst()
			.ifPresent((permission) -> errors.rejectValue(field, "permission",
					"role '" + role + "' has '" + permission + "', which is not of the form resource:action")));
	}

	private static void rejectIfNotPositive(Errors errors, String field, Integer value) {
		if (value != null && value < 1) {
			errors.rejectValue(field, "positive", "must be at least 1, or not set for no limit");
		}
	}

	/**
	 * Invitation e-mails.
	 */
	public static class Mail {

		/**
		 * Sender address of invitation e-mails.
		 */
		private String from = "no-reply@localhost";

		/**
		 * Subject of invitation e-mails; may use the placeholders of the templates, but
		 * may not begin with one: text an inviter chose (a name) never opens the subject.
		 */
		private String subject = "Invitation to join the organization \"{organizationName}\"";

		/**
		 * Plain-text template of invitation e-mails. Placeholders: {organizationName},
		 * {inviterName}, {inviterEmail}, {role}, {email}, {expiresAt}, {link}.
		 */
		private Resource textTemplate = new ClassPathResource("belgie/organization/mail/invitation.txt");

		/**
		 * HTML template of invitation e-mails, with the same placeholders (their values
		 * are HTML-escaped).
		 */
		private Resource htmlTemplate = new ClassPathResource("belgie/organization/mail/invitation.html");

		private final Outbox outbox = new Outbox();

		public String getFrom() {
			return this.from;
		}

		public void setFrom(String from) {
			this.from = from;
		}

		public String getSubject() {
			return this.subject;
		}

		public void setSubject(String subject) {
			this.subject = subject;
		}

		public Resource getTextTemplate() {
			return this.textTemplate;
		}

		public void setTextTemplate(Resource textTemplate) {
			this.textTemplate = textTemplate;
		}

		public Resource getHtmlTemplate() {
			return this.htmlTemplate;
		}

		public void setHtmlTemplate(Resource htmlTemplate) {
			this.htmlTemplate = htmlTemplate;
		}

		public Outbox getOutbox() {
			return this.outbox;
		}

	}

	/**
	 * The outbox of invitation e-mails: each is recorded in the invitation's transaction
	 * and sent by a background worker, with retries.
	 */
	public static class Outbox {

		/**
		 * Whether this instance sends the e-mails of the outbox. Invitations are recorded
		 * in it either way, so that another instance sharing the database may send them.
		 */
		private boolean enabled = true;

		/**
		 * How often the outbox is polled for e-mails due. An invitation made on this
		 * instance wakes its worker at once.
		 */
		private Duration pollInterval = Duration.ofSeconds(5);

		/**
		 * Maximum number of e-mails claimed at once.
		 */
		private int batchSize = 20;

		/**
		 * Attempts to send an e-mail before it is given up (marked failed; the invitation
		 * is kept).
		 */
		private int maxAttempts = 10;

		/**
		 * Delay before an e-mail is tried again after its first failed attempt; doubled
		 * after each further one.
		 */
		private Duration initialBackoff = Duration.ofSeconds(30);

		/**
		 * Longest delay between two attempts to send an e-mail.
		 */
		private Duration maxBackoff = Duration.ofHours(1);

		/**
		 * How long an e-mail claimed by an instance is reserved for it. An instance that
		 * stops while sending leaves its e-mails to the others (or to its restart) after
		 * this.
		 */
		private Duration claimTimeout = Duration.ofMinutes(5);

		/**
		 * How long e-mails may keep failing before the outbox's health indicator reports
		 * DOWN: when the oldest e-mail not sent yet has been tried and has waited longer
		 * than this (or one was given up).
		 */
		private Duration unhealthyAfter = Duration.ofMinutes(15);

		/**
		 * How long e-mails that were sent or discarded stay in the outbox before the
		 * retention job deletes them (see belgie.organization.audit.retention-interval).
		 */
		private Duration retention = Duration.ofDays(30);

		public Duration getRetention() {
			return this.retention;
		}

		public void setRetention(Duration retention) {
			this.retention = retention;
		}

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public Duration getPollInterval() {
			return this.pollInterval;
		}

		public void setPollInterval(Duration pollInterval) {
			this.pollInterval = pollInterval;
		}

		public int getBatchSize() {
			return this.batchSize;
		}

		public void setBatchSize(int batchSize) {
			this.batchSize = batchSize;
		}

		public int getMaxAttempts() {
			return this.maxAttempts;
		}

		public void setMaxAttempts(int maxAttempts) {
			this.maxAttempts = maxAttempts;
		}

		public Duration getInitialBackoff() {
			return this.initialBackoff;
		}

		public void setInitialBackoff(Duration initialBackoff) {
			this.initialBackoff = initialBackoff;
		}

		public Duration getMaxBackoff() {
			return this.maxBackoff;
		}

		public void setMaxBackoff(Duration maxBackoff) {
			this.maxBackoff = maxBackoff;
		}

		public Duration getClaimTimeout() {
			return this.claimTimeout;
		}

		public void setClaimTimeout(Duration claimTimeout) {
			this.claimTimeout = claimTimeout;
		}

		public Duration getUnhealthyAfter() {
			return this.unhealthyAfter;
		}

		public void setUnhealthyAfter(Duration unhealthyAfter) {
			this.unhealthyAfter = unhealthyAfter;
		}

		void validate(Errors errors) {
			rejectIfNotPositive(errors, "pollInterval", this.pollInterval);
			rejectIfNotPositive(errors, "initialBackoff", this.initialBackoff);
			rejectIfNotPositive(errors, "maxBackoff", this.maxBackoff);
			rejectIfNotPositive(errors, "claimTimeout", this.claimTimeout);
			rejectIfNotPositive(errors, "unhealthyAfter", this.unhealthyAfter);
			rejectIfNotPositive(errors, "retention", this.retention);
			if (this.batchSize < 1 || this.batchSize > 1000) {
				errors.rejectValue("batchSize", "range", "must be between 1 and 1000");
			}
			if (this.maxAttempts < 1) {
				errors.rejectValue("maxAttempts", "positive", "must be at least 1");
			}
			if (isPositive(this.initialBackoff) && isPositive(this.maxBackoff)
					&& this.maxBackoff.compareTo(this.initialBackoff) < 0) {
				errors.rejectValue("maxBackoff", "range", "must not be shorter than initial-backoff");
			}
		}

		private static void rejectIfNotPositive(Errors errors, String field, Duration value) {
			if (!isPositive(value)) {
				errors.rejectValue(field, "positive", "must be a positive duration, such as 10s");
			}
		}

		private static boolean isPositive(Duration value) {
			return value != null && !value.isNegative() && !value.isZero();
		}

	}

	/**
	 * Schema management.
	 */
	public static class Schema {

		/**
		 * Whether to apply the starter's Liquibase changelog to the application's
		 * DataSource at start-up. Turn off when the schema is applied by other means (for
		 * example by including db/changelog/organization/db.changelog-master.xml in the
		 * application's own changelog).
		 */
		private boolean enabled = true;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

	}

	/**
	 * Members added without an invitation.
	 */
	public static class Members {

		/**
		 * Who may be added directly, by user id or e-mail address: "verified" (users
		 * whose e-mail address is verified; anyone else is answered as an unknown user),
		 * "never" (invitations only) or "any" (for trusted back-office applications).
		 */
		private DirectAddPolicy directAdd = DirectAddPolicy.VERIFIED;

		public DirectAddPolicy getDirectAdd() {
			return this.directAdd;
		}

		public void setDirectAdd(DirectAddPolicy directAdd) {
			this.directAdd = directAdd;
		}

	}

}
