package org.adelante.letters.web;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;
import org.adelante.letters.Letter;
import org.adelante.letters.Letters;
import org.adelante.letters.Signatures;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A letter's signatures as a CSV file for organisers, every status included, streamed
 * from the database to the response as it is read.
 */
@Controller
class SignatureExportController {

	private final Letters letters;

	private final Signatures signatures;

	private final Clock clock;

	SignatureExportController(Letters letters, Signatures signatures, Clock clock) {
		this.letters = letters;
		this.signatures = signatures;
		this.clock = clock;
	}

	@GetMapping("/admin/letters/{id}/signatures.csv")
	void export(@PathVariable long id, HttpServletResponse response) throws IOException {
		Letter letter = this.letters.get(id);
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), letter.content().timeZone());
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName(letter, today)).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		OutputStream output = response.getOutputStream();
		this.signatures.export(id, (rows) -> SignatureCsv.write(rows, output));
	}

	/** Such as {@code water-for-all-signatures-2025-03-01.csv}. */
	static String fileName(Letter letter, LocalDate date) {
		return letter.slug() + "-signatures-" + date + ".csv";
	}

}
