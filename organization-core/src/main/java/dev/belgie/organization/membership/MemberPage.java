package dev.belgie.organization.membership;

import java.util.List;

/** One page of an organization's members, oldest first. */
public record MemberPage(List<Member> items, int page, int size, long total) {
}
