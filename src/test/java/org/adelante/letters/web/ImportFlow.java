package org.adelante.letters.web;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.adelante.test.MultipartForm;
import org.adelante.test.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An organiser going through the import of a file of signers into a letter, page by page,
 * as a browser does.
 *
 * @param organiser the organiser's session
 * @param letterId the letter
 */
record ImportFlow(WebSession organiser, long letterId) {

	String base() {
		return "/admin/letters/" + this.letterId + "/signatures/import";
	}

	/** Opens the upload page and sends the file. */
	HttpResponse<String> upload(String fileName, byte[] content) {
		this.organiser.openForm(base());
		return this.organiser.post(base(), new MultipartForm().file("file", fileName, "text/csv", content));
	}

	HttpResponse<String> upload(String fileName, String content) {
		return upload(fileName, content.getBytes(StandardCharsets.UTF_8));
	}

	/** Uploads the file and answers the address of its column choice; fails otherwise. */
	String uploaded(String fileName, String content) {
		HttpResponse<String> uploaded = upload(fileName, content);
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(302);
		return SigningIntegrationTests.location(uploaded);
	}

	/** The field chosen for each column on the column choice page, by form field. */
	Map<String, String> chosen(String mapping) {
		Document page = Jsoup.parse(this.organiser.openForm(mapping).body());
		Map<String, String> chosen = new LinkedHashMap<>();
		for (Element select : page.select("select[name^=column-]")) {
			Element option = select.selectFirst("option[selected]");
			chosen.put(select.attr("name"), (option != null) ? option.val() : "");
		}
		return chosen;
	}

	/** Sends the column choice, as the page offers it or changed. */
	HttpResponse<String> map(String mapping, Map<String, String> fields) {
		this.organiser.openForm(mapping);
		List<String> values = new ArrayList<>();
		fields.forEach((name, value) -> {
			values.add(name);
			values.add(value);
		});
		return this.organiser.post(mapping, values.toArray(String[]::new));
	}

	/** Accepts the columns as guessed, and answers the preview page. */
	HttpResponse<String> mappedAsGuessed(String mapping) {
		HttpResponse<String> mapped = map(mapping, chosen(mapping));
		assertThat(mapped.statusCode()).as(mapped.body()).isEqualTo(302);
		return this.organiser.get(SigningIntegrationTests.location(mapped));
	}

	/** Presses the import button of the preview, with the choices given. */
	HttpResponse<String> importAll(String mapping, boolean skip, boolean email) {
		Document preview = Jsoup.parse(this.organiser.openForm(mapping + "/preview").body());
		List<String> fields = new ArrayList<>(List.of("expected", preview.selectFirst("input[name=expected]").val()));
		if (skip) {
			fields.addAll(List.of("skip", "true"));
		}
		if (email) {
			fields.addAll(List.of("email", "true"));
		}
		return this.organiser.post(mapping + "/preview", fields.toArray(String[]::new));
	}

	/**
	 * Uploads, accepts the guessed columns and imports; answers the import's response.
	 */
	HttpResponse<String> run(String fileName, String content, boolean skip, boolean email) {
		String mapping = uploaded(fileName, content);
		mappedAsGuessed(mapping);
		return importAll(mapping, skip, email);
	}

}
