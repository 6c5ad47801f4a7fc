package dev.belgie.sample.console;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import dev.belgie.organization.audit.AuditEntry;

/**
 * An audit entry as a sentence a person reads: "ann@example.com removed Bob (member)",
 * and when: "3 min ago".
 */
final class ActivitySentences {

	private ActivitySentences() {
	}

	static String sentence(AuditEntry entry) {
		String actor = "system".equals(entry.actor().type()) ? "The system"
				: (entry.actor().email() != null) ? entry.actor().email() : "Someone";
		Map<String, Object> details = entry.details();
		String who = text(details.get("name"), text(details.get("email"), "a member"));
		String role = text(details.get("role"), null);
		String what = switch (entry.action()) {
			case "organization.created" -> "created the organization " + text(details.get("name"), "");
			case "organization.updated" -> "changed the organization's " + String.join(", ", details.keySet());
			case "organization.deleted" -> "deleted the organization " + text(details.get("name"), "");
			case "member.added" -> "added " + who + withRole(role);
			case "member.removed" -> "removed " + who + withRole(role);
			case "member.left" -> "left the organization";
			case "member.joined" -> "joined" + withRole(role);
			case "member.role-changed" -> "changed the role of " + who + change(details.get("role"));
			case "invitation.created" -> "invited " + text(details.get("email"), "someone") + withRole(role);
			case "invitation.resent" -> "resent the invitation to " + text(details.get("email"), "someone");
			case "invitation.accepted" -> "accepted the invitation" + withRole(role);
			case "invitation.rejected" -> "declined the invitation";
			case "invitation.canceled" -> "canceled the invitation to " + text(details.get("email"), "someone");
			case "ownership.transferred" -> "made " + who + " an owner";
			case "team.created" -> "created the team " + text(details.get("name"), "");
			case "team.renamed" -> "renamed a team" + change(details.get("name"));
			case "team.deleted" -> "deleted the team " + text(details.get("name"), "");
			case "team-member.added" -> "added a member to the team " + text(details.get("teamName"), "");
			case "team-member.removed" -> "removed a member from the team " + text(details.get("teamName"), "");
			case "team-member.role-changed" ->
				"changed a team role in " + text(details.get("teamName"), "") + change(details.get("role"));
			case "project.created" -> "created the project " + text(details.get("name"), "");
			case "project.deleted" -> "deleted the project " + text(details.get("name"), "");
			default -> entry.action() + " (" + entry.target().type() + ")";
		};
		return actor + " " + what.strip();
	}

	static String ago(Instant at, Instant now) {
		Duration age = Duration.between(at, now);
		if (age.toMinutes() < 1) {
			return "just now";
		}
		if (age.toHours() < 1) {
			return age.toMinutes() + " min ago";
		}
		if (age.toDays() < 1) {
			return age.toHours() + " h ago";
		}
		long days = age.toDays();
		return days + ((days == 1) ? " day ago" : " days ago");
	}

	private static String withRole(String role) {
		return (role != null) ? " (" + role + ")" : "";
	}

	private static String change(Object value) {
		if (value instanceof Map<?, ?> change) {
			return " from " + change.get("before") + " to " + change.get("after");
		}
		return "";
	}

	private static String text(Object value, String otherwise) {
		return (value instanceof String text && !text.isBlank()) ? text : otherwise;
	}

}
