package dev.belgie.sample.console;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.belgie.organization.audit.AuditActor;
import dev.belgie.organization.audit.AuditEntry;
import dev.belgie.organization.audit.AuditLog;
import dev.belgie.organization.audit.AuditTarget;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ActivitySentencesTests {

	private static final Instant NOW = Instant.parse("2026-01-15T10:00:00Z");

	@Test
	void entriesReadAsSentences() {
		assertThat(ActivitySentences.sentence(entry("member.removed", Map.of("name", "Bob", "role", "member"))))
			.isEqualTo("ann@example.com removed Bob (member)");
		assertThat(ActivitySentences.sentence(entry("member.role-changed",
				Map.of("email", "bob@example.com", "role", AuditLog.change("member", "admin")))))
			.isEqualTo("ann@example.com changed the role of bob@example.com from member to admin");
		assertThat(ActivitySentences
			.sentence(entry("invitation.created", Map.of("email", "cid@example.com", "role", "admin"))))
			.isEqualTo("ann@example.com invited cid@example.com (admin)");
		assertThat(ActivitySentences.sentence(new AuditEntry(UUID.randomUUID(), UUID.randomUUID(), NOW, "member.added",
				new AuditActor("system", null, null), AuditTarget.of("member", "m"),
				Map.of("name", "Dan", "role", "member"))))
			.isEqualTo("The system added Dan (member)");
		assertThat(ActivitySentences.sentence(entry("widget.polished", Map.of())))
			.isEqualTo("ann@example.com widget.polished (thing)");
	}

	@Test
	void agesAreShort() {
		assertThat(ActivitySentences.ago(NOW.minusSeconds(20), NOW)).isEqualTo("just now");
		assertThat(ActivitySentences.ago(NOW.minusSeconds(180), NOW)).isEqualTo("3 min ago");
		assertThat(ActivitySentences.ago(NOW.minusSeconds(7_200), NOW)).isEqualTo("2 h ago");
		assertThat(ActivitySentences.ago(NOW.minusSeconds(86_400), NOW)).isEqualTo("1 day ago");
	}

	private static AuditEntry entry(String action, Map<String, Object> details) {
		return new AuditEntry(UUID.randomUUID(), UUID.randomUUID(), NOW, action,
				new AuditActor("user", "ann", "ann@example.com"), AuditTarget.of("thing", "t"), details);
	}

}
