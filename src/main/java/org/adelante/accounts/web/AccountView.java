package org.adelante.accounts.web;

import org.adelante.accounts.StaffMember;
import org.adelante.shared.FieldProblems;

/**
 * The signed-in member's account page: their name and email, and the two forms.
 *
 * @param member the signed-in staff member
 * @param name the name form's value
 * @param nameProblems the name form's problems
 * @param passwordProblems the password form's problems
 * @param notice a message key to show above the forms, or {@code null}
 */
public record AccountView(StaffMember member, String name, FieldProblems nameProblems, FieldProblems passwordProblems,
		String notice) {
}
