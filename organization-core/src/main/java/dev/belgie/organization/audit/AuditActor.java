package dev.belgie.organization.audit;

/**
 * Who made a recorded change.
 *
 * @param type {@code user} or {@code system}
 * @param userId the user's id ({@code null} for the system)
 * @param email the user's e-mail at the time ({@code null} for the system)
 */
public record AuditActor(String type, String userId, String email) {

}
