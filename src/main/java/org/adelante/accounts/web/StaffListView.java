package org.adelante.accounts.web;

import java.time.Instant;
import java.util.List;

import org.adelante.accounts.StaffMember;

/**
 * The staff list.
 *
 * @param members every staff member, by name
 * @param now the current time, to tell who is locked
 * @param notice a message key to show above the list, or {@code null}
 */
public record StaffListView(List<StaffMember> members, Instant now, String notice) {

	public boolean locked(StaffMember member) {
		return member.lockedUntil() != null && member.lockedUntil().isAfter(this.now);
	}

}
