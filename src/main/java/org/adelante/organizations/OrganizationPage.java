package org.adelante.organizations;

import java.util.List;

/**
 * One page of a list of organisations.
 *
 * @param items the organisations on this page
 * @param page the page number, from 1
 * @param size the most items a page holds
 * @param total how many organisations the whole list has
 */
public record OrganizationPage(List<Organization> items, int page, int size, long total) {

	public int pages() {
		return (int) Math.max(1, (this.total + this.size - 1) / this.size);
	}

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return this.page < pages();
	}

}
