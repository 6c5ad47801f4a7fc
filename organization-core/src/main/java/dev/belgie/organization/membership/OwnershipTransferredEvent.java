package dev.belgie.organization.membership;

/**
 * Ownership of an organization was handed over, in the transferring transaction:
 * {@code newOwner} now holds {@code owner}; {@code previousOwner} gave it up and holds
 * {@code admin}.
 */
public record OwnershipTransferredEvent(Member newOwner, Member previousOwner) {
}
