package org.adelante.shared.web;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UploadTooLargeTests {

	@Test
	void aWrappedSizeLimitFailureIsRecognised() {
		IOException cause = new IOException("The field file exceeds its maximum permitted size of 10485760 bytes.");
		assertThat(UploadTooLarge.isSizeLimitFailure(new IllegalStateException(cause))).isTrue();
		assertThat(UploadTooLarge.isSizeLimitFailure(new IllegalStateException(
				"the request was rejected because its size (31457624) exceeds the configured maximum (12582912)")))
			.isTrue();
	}

	@Test
	void otherFailuresAreLeftAlone() {
		assertThat(UploadTooLarge.isSizeLimitFailure(new IllegalStateException("Session already invalidated")))
			.isFalse();
		assertThat(UploadTooLarge.isSizeLimitFailure(new IllegalStateException((String) null))).isFalse();
		assertThat(UploadTooLarge.isSizeLimitFailure(new IllegalStateException(new IOException("Stream closed"))))
			.isFalse();
	}

}
