package org.adelante.shared.web.protection;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Finds out which client sent a request, for counting its submissions. Without a proxy
 * header configured that is the connection's address, whatever headers the request
 * carries. With one, it is the right-most entry of the header (the address the nearest
 * proxy saw), because every entry to its left came from the client and may be made up; a
 * missing or malformed entry falls back to the connection's address. Addresses are parsed
 * as literals only, never looked up.
 */
final class ClientAddresses {

	/**
	 * Longer than any address literal with brackets and a port, or a Forwarded element.
	 */
	private static final int MAX_LENGTH = 256;

	private final String header;

	ClientAddresses(ProtectionSettings settings) {
		this.header = settings.clientAddressHeader();
	}

	/**
	 * The key the client's submissions are counted under: its IPv4 address, or the /64
	 * network of its IPv6 address (one household, office or server usually has a whole
	 * /64, so counting single IPv6 addresses would be no limit at all).
	 */
	String key(HttpServletRequest request) {
		InetAddress address = address(request);
		return (address != null) ? key(address) : String.valueOf(request.getRemoteAddr());
	}

	/** The client's address, or {@code null} if even the connection's is unreadable. */
	InetAddress address(HttpServletRequest request) {
		if (this.header != null) {
			InetAddress forwarded = parse(rightMost(request.getHeaders(this.header)));
			if (forwarded != null) {
				return forwarded;
			}
		}
		return parse(request.getRemoteAddr());
	}

	static String key(InetAddress address) {
		if (address instanceof Inet4Address) {
			return address.getHostAddress();
		}
		byte[] network = address.getAddress();
		for (int i = 8; i < network.length; i++) {
			network[i] = 0;
		}
		try {
			return InetAddress.getByAddress(network).getHostAddress() + "/64";
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException("Sixteen bytes are an IPv6 address", ex);
		}
	}

	/** The last entry of a comma-separated list, over all the header's lines. */
	private static String rightMost(Enumeration<String> lines) {
		String last = null;
		for (String line : Collections.list((lines != null) ? lines : Collections.emptyEnumeration())) {
			last = line.substring(line.lastIndexOf(',') + 1);
		}
		return last;
	}

	/**
	 * An address written as {@code 192.0.2.1}, {@code 192.0.2.1:443},
	 * {@code 2001:db8::1}, {@code [2001:db8::1]:443}, or as the {@code for=} parameter of
	 * a {@code Forwarded} header; {@code null} for anything else.
	 */
	static InetAddress parse(String entry) {
		if (entry == null) {
			return null;
		}
		String text = entry.strip();
		if (text.length() > MAX_LENGTH) {
			return null;
		}
		text = forParameter(text);
		if (text.startsWith("[")) {
			int end = text.indexOf(']');
			if (end < 0 || !isPortOrNothing(text.substring(end + 1))) {
				return null;
			}
			return ipv6(text.substring(1, end));
		}
		int colon = text.indexOf(':');
		if (colon >= 0 && colon == text.lastIndexOf(':')) {
			if (!isPortOrNothing(text.substring(colon))) {
				return null;
			}
			return ipv4(text.substring(0, colon));
		}
		return (colon >= 0) ? ipv6(text) : ipv4(text);
	}

	/** The value of {@code for=} in {@code for="[2001:db8::1]:443";proto=https}. */
	private static String forParameter(String text) {
		for (String parameter : text.split(";")) {
			String pair = parameter.strip();
			if (pair.toLowerCase(Locale.ROOT).startsWith("for=")) {
				String value = pair.substring(4).strip();
				if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
					value = value.substring(1, value.length() - 1);
				}
				return value;
			}
		}
		return text;
	}

	private static boolean isPortOrNothing(String text) {
		if (text.isEmpty()) {
			return true;
		}
		if (!text.startsWith(":") || text.length() < 2 || text.length() > 6) {
			return false;
		}
		return text.substring(1).chars().allMatch((c) -> c >= '0' && c <= '9');
	}

	private static InetAddress ipv4(String text) {
		String[] parts = text.split("\\.", -1);
		if (parts.length != 4) {
			return null;
		}
		byte[] bytes = new byte[4];
		for (int i = 0; i < 4; i++) {
			String part = parts[i];
			if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch((c) -> c >= '0' && c <= '9')) {
				return null;
			}
			int value = Integer.parseInt(part);
			if (value > 255) {
				return null;
			}
			bytes[i] = (byte) value;
		}
		try {
			return InetAddress.getByAddress(bytes);
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException("Four bytes are an IPv4 address", ex);
		}
	}

	private static boolean isHexDigit(int c) {
		return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
	}

	private static InetAddress ipv6(String text) {
		// Only hex digits, colons and the dots of an embedded IPv4 address, starting with
		// a digit or a colon: no zone ids, and nothing that could make the parser below
		// take it for a host name and look it up.
		if (text.indexOf(':') < 0 || text.startsWith(".")
				|| !text.chars().allMatch((c) -> c == ':' || c == '.' || isHexDigit(c))) {
			return null;
		}
		try {
			return InetAddress.getByName(text);
		}
		catch (UnknownHostException ex) {
			return null;
		}
	}

}
