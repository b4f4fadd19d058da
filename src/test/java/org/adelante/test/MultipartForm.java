package org.adelante.test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A {@code multipart/form-data} body, as a browser sends a form with a file input; post
 * it with {@link WebSession#post(String, MultipartForm)}.
 */
public final class MultipartForm {

	private final String boundary = "----adelante" + UUID.randomUUID().toString().replace("-", "");

	private final ByteArrayOutputStream body = new ByteArrayOutputStream();

	/** Fields as names and values in turn; a name may repeat. */
	public MultipartForm fields(String... fields) {
		if (fields.length % 2 != 0) {
			throw new IllegalArgumentException("Fields come as name, value pairs");
		}
		for (int i = 0; i < fields.length; i += 2) {
			write("--" + this.boundary + "\r\nContent-Disposition: form-data; name=\"" + fields[i] + "\"\r\n\r\n");
			write((fields[i + 1] != null) ? fields[i + 1] : "");
			write("\r\n");
		}
		return this;
	}

	/**
	 * A field whose value is sent as these exact bytes, such as text that is not valid
	 * UTF-8.
	 */
	public MultipartForm rawField(String name, byte[] value) {
		write("--" + this.boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n");
		this.body.writeBytes(value);
		write("\r\n");
		return this;
	}

	/** A file field; an empty filename and content is what browsers send with no file. */
	public MultipartForm file(String name, String filename, String contentType, byte[] content) {
		write("--" + this.boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename
				+ "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
		this.body.writeBytes(content);
		write("\r\n");
		return this;
	}

	/**
	 * A file field whose filename is sent as these exact bytes, such as a name that is
	 * not valid UTF-8.
	 */
	public MultipartForm rawFile(String name, byte[] filename, String contentType, byte[] content) {
		write("--" + this.boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"");
		this.body.writeBytes(filename);
		write("\"\r\nContent-Type: " + contentType + "\r\n\r\n");
		this.body.writeBytes(content);
		write("\r\n");
		return this;
	}

	/**
	 * The body cut off after this many bytes, with no closing boundary, as a client that
	 * gives up mid-upload leaves it.
	 */
	public byte[] toBytesCutAfter(int length) {
		byte[] all = this.body.toByteArray();
		return java.util.Arrays.copyOf(all, Math.min(length, all.length));
	}

	public String contentType() {
		return "multipart/form-data; boundary=" + this.boundary;
	}

	public byte[] toBytes() {
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		all.writeBytes(this.body.toByteArray());
		all.writeBytes(("--" + this.boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return all.toByteArray();
	}

	private void write(String text) {
		this.body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

}
