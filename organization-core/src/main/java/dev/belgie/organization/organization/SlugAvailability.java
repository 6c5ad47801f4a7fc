package dev.belgie.organization.organization;

/** Whether a slug is free for a new organization. */
public record SlugAvailability(String slug, boolean available) {
}
