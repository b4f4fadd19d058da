package org.adelante.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer list.
 *
 * @param <T> the item type
 * @param items the items on this page
 * @param number the page number, starting at 1
 * @param size the page size
 * @param total how many items there are on all pages
 */
public record Page<T>(List<T> items, int number, int size, long total) {

	public static int offset(int number, int size) {
		return (Math.max(number, 1) - 1) * size;
	}

	public int pages() {
		return (int) Math.max(1, (this.total + this.size - 1) / this.size);
	}

	public boolean hasPrevious() {
		return this.number > 1;
	}

	public boolean hasNext() {
		return this.number < pages();
	}

	public boolean isEmpty() {
		return this.items.isEmpty();
	}

	public <R> Page<R> map(Function<T, R> mapper) {
		return new Page<>(this.items.stream().map(mapper).toList(), this.number, this.size, this.total);
	}

}
