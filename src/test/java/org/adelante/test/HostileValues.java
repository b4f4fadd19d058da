package org.adelante.test;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a careless new user or an attacker types into every field and parameter: very long
 * text, emoji, combining marks, control characters, bytes that are not UTF-8, markup,
 * SQL, {@code javascript:} addresses, absurd numbers and path tricks. Each value is kept
 * URL-encoded, as it travels in a query string or form body, so that bytes no Java string
 * can hold are among them; {@link Value#text()} and {@link Value#bytes()} give it back.
 *
 * <pre>
 * for (HostileValues.Value value : HostileValues.all()) {
 * 	visitor.get("/news?page=" + value.encoded());
 * }
 * </pre>
 */
public final class HostileValues {

	/** What makes a value hostile. */
	public enum Kind {

		/**
		 * Longer than any field allows: 10 KB, and 2 KB, which still fits in an address.
		 */
		LONG,

		/** Nothing at all, or only white space. */
		BLANK,

		/**
		 * Characters outside the Basic Multilingual Plane, and sequences joined by ZWJ.
		 */
		EMOJI,

		/**
		 * Text that grows when lower-cased or made into a key: "İ" becomes two
		 * characters, "ß" becomes "ss", "&amp;" becomes "and".
		 */
		EXPANDING,

		/** A letter followed by hundreds of combining marks. */
		COMBINING_MARKS,

		/** NUL, other C0 controls, line breaks, bidirectional overrides, zero-width. */
		CONTROL_CHARACTERS,

		/** Percent-escapes that decode to bytes that are not UTF-8. */
		INVALID_UTF8,

		/**
		 * A percent sign that starts no escape. HTTP clients refuse to put one in an
		 * address ({@link Value#fitsInAnAddress()}); it travels in form bodies.
		 */
		MALFORMED_ESCAPE,

		/** HTML that would run script if it were not escaped. */
		MARKUP,

		/** Fragments that break out of a quoted SQL string. */
		SQL,

		/** Addresses that run script when followed. */
		JAVASCRIPT_URL,

		/** Negative numbers, down to the smallest long. */
		NEGATIVE_NUMBER,

		/** Numbers past int, long and double. */
		HUGE_NUMBER,

		/** Relative paths that climb out of a folder, plainly and encoded. */
		PATH_TRAVERSAL

	}

	private static final List<Value> VALUES = List.of(text(Kind.LONG, "x".repeat(10 * 1024)),
			text(Kind.LONG, "long ".repeat(400)), text(Kind.BLANK, ""), text(Kind.BLANK, " \t "),
			text(Kind.EMOJI, "😀".repeat(300)), text(Kind.EMOJI, "👩‍👩‍👧‍👦 🏳️‍🌈 👍🏽"),
			text(Kind.EXPANDING, "&".repeat(200)),
			text(Kind.EXPANDING, "İ".repeat(120) + "@" + "ß".repeat(129) + ".org"),
			text(Kind.COMBINING_MARKS, "e" + "\u0301".repeat(500)), text(Kind.COMBINING_MARKS, "Z̷̢̛̮a̸̰͝l̵̨̛g̶̱̈o̴̯͌"),
			text(Kind.CONTROL_CHARACTERS, "\u0000\u0001\u0002\u0003"),
			text(Kind.CONTROL_CHARACTERS, "a\r\nb\u0085c\u2028d\u202Eevil\u200B\uFEFF"),
			encoded(Kind.INVALID_UTF8, "%FF%FE"), encoded(Kind.INVALID_UTF8, "%C3%28"),
			encoded(Kind.INVALID_UTF8, "%ED%A0%80"), encoded(Kind.INVALID_UTF8, "%C0%AF"),
			encoded(Kind.MALFORMED_ESCAPE, "%"), encoded(Kind.MALFORMED_ESCAPE, "%G1%2"),
			text(Kind.MARKUP, "<script>alert(1)</script>"), text(Kind.MARKUP, "\"><img src=x onerror=alert(1)>"),
			text(Kind.SQL, "' or 1=1 --"), text(Kind.SQL, "'; drop table posts; --"), text(Kind.SQL, "%' and '1'='1"),
			text(Kind.JAVASCRIPT_URL, "javascript:alert(1)"),
			text(Kind.JAVASCRIPT_URL, "JaVaScRiPt:alert(document.cookie)"),
			text(Kind.JAVASCRIPT_URL, "data:text/html,<script>alert(1)</script>"), text(Kind.NEGATIVE_NUMBER, "-1"),
			text(Kind.NEGATIVE_NUMBER, "-9223372036854775808"), text(Kind.HUGE_NUMBER, "2147483648"),
			text(Kind.HUGE_NUMBER, "99999999999999999999999999999"), text(Kind.HUGE_NUMBER, "1e309"),
			text(Kind.PATH_TRAVERSAL, "../"), text(Kind.PATH_TRAVERSAL, "../../../../etc/passwd"),
			encoded(Kind.PATH_TRAVERSAL, "..%252F..%252Fetc%252Fpasswd"));

	private HostileValues() {
	}

	/** Every hostile value. */
	public static List<Value> all() {
		return VALUES;
	}

	/** The hostile values by kind, every kind present. */
	public static Map<Kind, List<Value>> byKind() {
		return VALUES.stream()
			.collect(
					Collectors.groupingBy(Value::kind, () -> new java.util.EnumMap<>(Kind.class), Collectors.toList()));
	}

	/**
	 * The {@code n}th value of each kind (counting round), one per kind: a sweep that
	 * asks for a different {@code n} for each field tries every value somewhere and every
	 * kind everywhere.
	 */
	public static List<Value> onePerKind(int n) {
		List<Value> chosen = new ArrayList<>();
		for (List<Value> values : byKind().values()) {
			chosen.add(values.get(Math.floorMod(n, values.size())));
		}
		return chosen;
	}

	private static Value text(Kind kind, String text) {
		return new Value(kind, URLEncoder.encode(text, StandardCharsets.UTF_8));
	}

	private static Value encoded(Kind kind, String encoded) {
		return new Value(kind, encoded);
	}

	/**
	 * One hostile value.
	 *
	 * @param kind what makes it hostile
	 * @param encoded the value as {@code application/x-www-form-urlencoded} text, ready
	 * for a query string or a form body
	 */
	public record Value(Kind kind, String encoded) {

		/**
		 * The bytes the value stands for; a percent sign that starts no escape is itself.
		 */
		public byte[] bytes() {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			for (int i = 0; i < this.encoded.length(); i++) {
				char c = this.encoded.charAt(i);
				if (c == '%' && isHex(this.encoded, i + 1) && isHex(this.encoded, i + 2)) {
					bytes.write(Integer.parseInt(this.encoded.substring(i + 1, i + 3), 16));
					i += 2;
				}
				else {
					bytes.write((c == '+') ? ' ' : c);
				}
			}
			return bytes.toByteArray();
		}

		private static boolean isHex(String text, int at) {
			return at < text.length() && Character.digit(text.charAt(at), 16) >= 0;
		}

		/**
		 * The value as text; bytes that are not UTF-8 become replacement characters.
		 */
		public String text() {
			return new String(bytes(), StandardCharsets.UTF_8);
		}

		/**
		 * Whether an HTTP client sends the value in a path or query string; one that does
		 * not must go over a raw socket.
		 */
		public boolean fitsInAnAddress() {
			return this.kind != Kind.MALFORMED_ESCAPE;
		}

		/** The value encoded for one segment of a path, where {@code +} is a plus. */
		public String pathSegment() {
			return this.encoded.replace("+", "%20");
		}

		@Override
		public String toString() {
			String shown = (this.encoded.length() > 40) ? this.encoded.substring(0, 40) + "…" : this.encoded;
			return this.kind + " " + shown;
		}

		/** Whether the value is one of these kinds. */
		public boolean isAny(Kind... kinds) {
			return Arrays.asList(kinds).contains(this.kind);
		}

	}

}
