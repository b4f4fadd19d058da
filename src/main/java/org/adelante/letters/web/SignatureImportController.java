package org.adelante.letters.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.adelante.letters.ImportPreview;
import org.adelante.letters.Letter;
import org.adelante.letters.LetterNotOpen;
import org.adelante.letters.Letters;
import org.adelante.letters.SignatureImportRefused;
import org.adelante.letters.SignatureImports;
import org.adelante.letters.SignatureStatus;
import org.adelante.letters.SignatureUpload;
import org.adelante.shared.FieldProblems;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Importing signers collected elsewhere into a letter, for organisers: upload a CSV file,
 * say what each column holds, look at the preview with each row's problems, and import
 * it, all or nothing.
 */
@Controller
@RequestMapping("/admin/letters/{id}/signatures/import")
class SignatureImportController {

	private final Letters letters;

	private final SignatureImports imports;

	SignatureImportController(Letters letters, SignatureImports imports) {
		this.letters = letters;
		this.imports = imports;
	}

	@GetMapping
	ModelAndView form(@PathVariable long id) {
		return uploadPage(this.letters.get(id), new FieldProblems(), HttpStatus.OK);
	}

	@PostMapping
	ModelAndView upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file)
			throws IOException {
		Letter letter = this.letters.get(id);
		if (file == null
				|| (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()))) {
			return uploadPage(letter, new FieldProblems().add("file", "letterImport.file.missing"),
					HttpStatus.BAD_REQUEST);
		}
		SignatureUpload upload;
		try (InputStream content = file.getInputStream()) {
			upload = this.imports.upload(id, file.getOriginalFilename(), content);
		}
		catch (FieldProblems.InvalidInput ex) {
			return uploadPage(letter, ex.problems(), HttpStatus.BAD_REQUEST);
		}
		return new ModelAndView("redirect:" + ImportMappingView.base(id, upload.token()));
	}

	@GetMapping("/{token}")
	ModelAndView mapping(@PathVariable long id, @PathVariable String token, RedirectAttributes redirect) {
		Letter letter = this.letters.get(id);
		SignatureUpload upload = this.imports.find(id, token);
		if (upload.imported()) {
			return done(id, "letterImport.already", upload.importedCount(), redirect);
		}
		return mappingPage(letter, upload, upload.mapping().stream().map((field) -> field.param()).toList(),
				new FieldProblems(), HttpStatus.OK);
	}

	@PostMapping("/{token}")
	ModelAndView map(@PathVariable long id, @PathVariable String token, HttpServletRequest request,
			RedirectAttributes redirect) {
		Letter letter = this.letters.get(id);
		SignatureUpload upload = this.imports.find(id, token);
		if (upload.imported()) {
			return done(id, "letterImport.already", upload.importedCount(), redirect);
		}
		List<String> chosen = new ArrayList<>();
		for (int i = 1; i <= upload.headers().size(); i++) {
			String value = request.getParameter("column-" + i);
			chosen.add((value != null) ? value : "");
		}
		try {
			this.imports.map(id, token, chosen);
		}
		catch (FieldProblems.InvalidInput ex) {
			return mappingPage(letter, upload, chosen, ex.problems(), HttpStatus.BAD_REQUEST);
		}
		return new ModelAndView("redirect:" + ImportMappingView.base(id, token) + "/preview");
	}

	@GetMapping("/{token}/preview")
	ModelAndView preview(@PathVariable long id, @PathVariable String token, RedirectAttributes redirect) {
		Letter letter = this.letters.get(id);
		SignatureUpload upload = this.imports.find(id, token);
		if (upload.imported()) {
			return done(id, "letterImport.already", upload.importedCount(), redirect);
		}
		if (!upload.mapped()) {
			return new ModelAndView("redirect:" + ImportMappingView.base(id, token));
		}
		return previewPage(letter, this.imports.preview(id, token), null, false, false, HttpStatus.OK);
	}

	@PostMapping("/{token}/preview")
	ModelAndView importAll(@PathVariable long id, @PathVariable String token,
			@RequestParam(required = false) String skip, @RequestParam(required = false) String email,
			@RequestParam(required = false) String expected, RedirectAttributes redirect) {
		Letter letter = this.letters.get(id);
		SignatureUpload upload = this.imports.find(id, token);
		if (upload.imported()) {
			return done(id, "letterImport.already", upload.importedCount(), redirect);
		}
		if (!upload.mapped()) {
			return new ModelAndView("redirect:" + ImportMappingView.base(id, token));
		}
		boolean skipProblems = "true".equals(skip);
		boolean sendEmails = "true".equals(email);
		String refusal;
		HttpStatus status;
		try {
			int imported = this.imports.importAll(id, token, skipProblems, sendEmails, count(expected));
			return done(id, "letterImport.done", imported, redirect);
		}
		catch (SignatureImportRefused ex) {
			refusal = ex.messageKey();
			status = HttpStatus.UNPROCESSABLE_CONTENT;
		}
		catch (LetterNotOpen ex) {
			refusal = "letterImport.refused.closed";
			status = HttpStatus.CONFLICT;
		}
		return previewPage(this.letters.get(letter.id()), this.imports.preview(id, token), refusal, skipProblems,
				sendEmails, status);
	}

	private static int count(String value) {
		try {
			return (value != null) ? Integer.parseInt(value.strip()) : -1;
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private static ModelAndView done(long id, String notice, int count, RedirectAttributes redirect) {
		redirect.addFlashAttribute(SignatureAdminController.NOTICE, notice);
		redirect.addFlashAttribute(SignatureAdminController.NOTICE_COUNT, count);
		return new ModelAndView(
				"redirect:/admin/letters/" + id + "/signatures?status=" + SignatureStatus.LISTED.param());
	}

	private static ModelAndView uploadPage(Letter letter, FieldProblems problems, HttpStatus status) {
		return new ModelAndView("letters/admin/import-upload", Map.of("view", new ImportUploadView(letter, problems)),
				status);
	}

	private static ModelAndView mappingPage(Letter letter, SignatureUpload upload, List<String> chosen,
			FieldProblems problems, HttpStatus status) {
		return new ModelAndView("letters/admin/import-mapping",
				Map.of("view", new ImportMappingView(letter, upload, chosen, problems)), status);
	}

	private static ModelAndView previewPage(Letter letter, ImportPreview preview, String refusal, boolean skip,
			boolean email, HttpStatus status) {
		return new ModelAndView("letters/admin/import-preview",
				Map.of("view", new ImportPreviewView(letter, preview, refusal, skip, email)), status);
	}

}
