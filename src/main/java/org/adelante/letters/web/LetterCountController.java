package org.adelante.letters.web;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.adelante.letters.Letter;
import org.adelante.letters.LetterStatus;
import org.adelante.letters.Letters;
import org.adelante.letters.Milestones;
import org.adelante.letters.SignerKind;
import org.adelante.shared.AdelanteSettings;
import org.adelante.shared.web.PageCaching;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A public letter's live count as JSON ({@code /letters/{slug}/count.json}), for counters
 * on partners' sites: any site may read it (CORS open), caches may keep it for a minute
 * and revalidate it with its ETag. It holds counts only, never a name. A letter that does
 * not exist or is not public yet answers 404 with an RFC 9457 problem; an address a
 * letter used to have redirects to its new one.
 */
@Controller
class LetterCountController {

	static final String COUNT = "/letters/{slug}/count.json";

	private final Letters letters;

	private final AdelanteSettings settings;

	LetterCountController(Letters letters, AdelanteSettings settings) {
		this.letters = letters;
		this.settings = settings;
	}

	@GetMapping(COUNT)
	ResponseEntity<?> count(@PathVariable String slug) {
		Letter letter = this.letters.findPublic(slug).orElse(null);
		if (letter == null) {
			return this.letters.movedFrom(slug)
				.<ResponseEntity<?>>map((moved) -> ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
					.header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
					.location(URI.create(countAddress(moved)))
					.build())
				.orElseGet(LetterCountController::notFound);
		}
		Instant now = this.letters.now();
		Instant changed = letter.lastChangeAt(now);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CACHE_CONTROL, PageCaching.PUBLIC)
			.header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
			.eTag(PageCaching.etag("letter-count:" + letter.id() + ":" + letter.version() + ":" + letter.listVersion(),
					Locale.ROOT, changed))
			.lastModified(changed)
			.body(LetterCount.of(letter, now, this.settings.absolute(letter.url())));
	}

	/** The address of the letter's count. */
	static String countAddress(Letter letter) {
		return "/letters/" + letter.slug() + "/count.json";
	}

	private static ResponseEntity<?> notFound() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"There is no public letter at this address.");
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.header(HttpHeaders.CACHE_CONTROL, PageCaching.PRIVATE)
			.header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
			.body(problem);
	}

	/**
	 * What {@code count.json} says of a letter.
	 *
	 * @param letter its address under {@code /letters/}
	 * @param open whether it takes signatures now
	 * @param count how many have signed: organisations and people, as listed
	 * @param organizations how many organisations, or {@code null} if they may not sign
	 * @param individuals how many people, or {@code null} if they may not sign
	 * @param milestone the letter's milestones as its leading count (organisations, where
	 * they may sign) reaches them
	 * @param url its public page
	 * @param updatedAt when anything here last changed, in ISO-8601
	 */
	record LetterCount(String letter, boolean open, long count, Integer organizations, Integer individuals,
			Milestone milestone, String url, String updatedAt) {

		static LetterCount of(Letter letter, Instant now, String url) {
			Milestones milestones = letter.content().milestones();
			int leading = letter.leadingCount();
			var signers = letter.content().signers();
			return new LetterCount(letter.slug(), letter.statusAt(now) == LetterStatus.OPEN, letter.listedTotal(),
					signers.allows(SignerKind.ORGANIZATION) ? letter.listedOrganizations() : null,
					signers.allows(SignerKind.INDIVIDUAL) ? letter.listedIndividuals() : null,
					new Milestone(milestones.reachedBy(leading).orElse(null),
							milestones.nextAfter(leading).orElse(null)),
					url,
					DateTimeFormatter.ISO_INSTANT.format(letter.lastChangeAt(now).truncatedTo(ChronoUnit.SECONDS)));
		}

	}

	/**
	 * The last milestone reached and the next one.
	 *
	 * @param reached the highest milestone reached, or {@code null}
	 * @param next the lowest not reached yet, or {@code null}
	 */
	record Milestone(Integer reached, Integer next) {
	}

}
