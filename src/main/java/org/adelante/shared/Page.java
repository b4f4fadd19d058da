package org.adelante.shared;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One page of a longer list: the one pagination type every list uses, with the one way to
 * read a page number from a request ({@link #number(String)}).
 *
 * @param <T> the item type
 * @param items the items on this page
 * @param number the page number, starting at 1
 * @param size the page size
 * @param total how many items there are on all pages
 */
public record Page<T>(List<T> items, int number, int size, long total) {

	/** The highest page number any list accepts; offsets stay far from overflowing. */
	public static final int MAX_NUMBER = 100_000;

	private static final Pattern NUMBER = Pattern.compile("[1-9][0-9]{0,5}");

	/**
	 * The page number a request asks for: absent or blank means the first page; anything
	 * but a number from 1 to {@value #MAX_NUMBER} is no page of any list.
	 * @throws PageNotFound for a malformed or absurd number
	 */
	public static int number(String param) {
		if (param == null || param.isBlank()) {
			return 1;
		}
		String text = param.strip();
		if (!NUMBER.matcher(text).matches() || Integer.parseInt(text) > MAX_NUMBER) {
			throw new PageNotFound(param);
		}
		return Integer.parseInt(text);
	}

	public static int offset(int number, int size) {
		return (Math.max(number, 1) - 1) * size;
	}

	/**
	 * This page, if the list has it: the first page always exists (it may be empty), a
	 * page past the last does not.
	 * @throws PageNotFound for a page past the last
	 */
	public Page<T> requireExists() {
		if (this.number > pages()) {
			throw new PageNotFound(String.valueOf(this.number));
		}
		return this;
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
