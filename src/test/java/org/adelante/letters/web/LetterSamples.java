package org.adelante.letters.web;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.adelante.letters.Grouping;
import org.adelante.letters.Deliveries;
import org.adelante.letters.Delivery;
import org.adelante.letters.DeliveryOrder;
import org.adelante.letters.Letter;
import org.adelante.letters.LetterDraft;
import org.adelante.letters.LetterFixtures;
import org.adelante.letters.Letters;
import org.adelante.letters.Signatures;
import org.adelante.letters.Signers;
import org.adelante.organizations.Scope;

import org.springframework.context.ApplicationContext;

import static org.adelante.letters.LetterFixtures.individual;
import static org.adelante.letters.LetterFixtures.organization;
import static org.adelante.letters.LetterFixtures.email;
import static org.adelante.letters.LetterFixtures.unique;

/**
 * One public letters page of every kind, for checks that must cover them all: the list of
 * letters, an open letter in both languages with conveners, groups, people and a
 * withdrawn signature, a closed letter grouped by country, a letter whose names are not
 * public yet, one written only in Spanish, the signing page, "check your email", the
 * thank-you page, the pages of the links in a signer's email, the records of a delivery
 * (with a signature added after it) and of one whose names are not public yet, and the
 * letters' embeddable pages.
 */
final class LetterSamples {

	final Letter open;

	final Letter closed;

	final Letter embargoed;

	final Letter spanishOnly;

	final LetterFixtures.Links ready;

	final Delivery delivery;

	final Delivery embargoedDelivery;

	final LetterFixtures.Links confirmed;

	LetterSamples(ApplicationContext context) {
		LetterFixtures fixtures = new LetterFixtures(context);
		Letters letters = context.getBean(Letters.class);
		String run = unique();
		long convener = fixtures.registered("Red Fronteriza de Derechos Humanos " + run, "MX");
		this.open = fixtures.open(LetterDraft.titled("An independent inquiry, now " + run)
			.spanish("Una investigación independiente, ya " + run,
					"Las organizaciones firmantes pedimos una **investigación independiente**.")
			.conveners(convener)
			.signers(Signers.BOTH)
			.closesAt(letters.now().plus(Duration.ofDays(3650))));
		fixtures.sign(this.open, organization("Ñandú Collective " + run, null, Scope.LOCAL, "AR", email()));
		fixtures.sign(this.open, organization("Alianza Nacional " + run, null, Scope.NATIONAL, "MX", email()));
		fixtures.sign(this.open,
				organization("Global Witness Network " + run, null, Scope.INTERNATIONAL, "GB", email()));
		fixtures.sign(this.open, organization("Unscoped Friends " + run, null, null, null, email()));
		fixtures.sign(this.open, organization("Verylongorganisationnamewithoutanyspaces" + "x".repeat(80) + run, null,
				Scope.REGIONAL, "US", email()));
		LetterFixtures.Links withdrawn = fixtures.sign(this.open,
				organization("Withdrawn Partners " + run, null, Scope.LOCAL, "US", email()));
		context.getBean(Signatures.class).withdraw(withdrawn.withdraw());
		fixtures.sign(this.open, individual("Ana López " + run, email()));
		Deliveries deliveries = context.getBean(Deliveries.class);
		this.delivery = deliveries.deliver(this.open.id(), order(run));
		fixtures.sign(this.open, organization("After Delivery Friends " + run, null, Scope.LOCAL, "US", email()));
		this.ready = fixtures.request(this.open, organization("Pending " + run, email()));
		this.confirmed = fixtures.sign(this.open, organization("Confirmed " + run, email()));
		this.closed = fixtures.open(LetterDraft.titled("A closed letter " + run).grouping(Grouping.BY_COUNTRY));
		fixtures.sign(this.closed, organization("Comité Ciudadano " + run, null, Scope.LOCAL, "MX", email()));
		fixtures.sign(this.closed, organization("Citizens Committee " + run, null, Scope.LOCAL, "US", email()));
		letters.closeNow(this.closed.id());
		this.embargoed = fixtures.open(LetterDraft.titled("Names under embargo " + run)
			.listPublicAt(letters.now().plus(Duration.ofDays(3650))));
		fixtures.sign(this.embargoed, organization("Embargoed " + run, email()));
		this.embargoedDelivery = deliveries.deliver(this.embargoed.id(), order(run));
		this.spanishOnly = fixtures.open(LetterDraft.titled("unused")
			.onlySpanish("Solo en español " + run, "Texto **solo** en español.")
			.grouping(Grouping.NONE)
			.signers(Signers.INDIVIDUALS));
	}

	/** The paths of the sample pages with the status each answers with. */
	Map<String, Integer> pages() {
		Map<String, Integer> pages = new LinkedHashMap<>();
		pages.put("/letters", 200);
		pages.put("/letters?lang=es", 200);
		pages.put(this.open.url(), 200);
		pages.put(this.open.url() + "?lang=es", 200);
		pages.put(this.closed.url(), 200);
		pages.put(this.embargoed.url(), 200);
		pages.put(this.spanishOnly.url(), 200);
		pages.put(this.delivery.url(this.open.slug()), 200);
		pages.put(this.delivery.url(this.open.slug()) + "?lang=es", 200);
		pages.put(this.embargoedDelivery.url(this.embargoed.slug()), 200);
		pages.put(this.open.url() + "/deliveries/" + "0".repeat(64), 404);
		pages.put(this.open.url() + "/sign", 200);
		pages.put(this.open.url() + "/check-email", 200);
		pages.put(this.open.url() + "/thanks", 200);
		pages.put(this.open.url() + "/embed", 200);
		pages.put(this.open.url() + "/embed?lang=es", 200);
		pages.put(this.open.url() + "/embed/check-email?lang=es", 200);
		pages.put(this.closed.url() + "/embed", 200);
		pages.put(this.embargoed.url() + "/embed", 200);
		pages.put(this.spanishOnly.url() + "/embed", 200);
		pages.put("/signatures/confirm/" + this.ready.confirm(), 200);
		pages.put("/signatures/confirm/" + this.confirmed.confirm(), 200);
		pages.put("/signatures/withdraw/" + this.confirmed.withdraw(), 200);
		pages.put("/signatures/confirm/" + "z".repeat(43), 404);
		pages.put(this.closed.url() + "/sign", 410);
		pages.put("/letters/no-such-letter", 404);
		return pages;
	}

	private static DeliveryOrder order(String run) {
		return new DeliveryOrder(
				List.of(new DeliveryOrder.Recipient("Marta Ellison", "governor-" + run + "@state.example", "en")),
				Map.of("en", new DeliveryOrder.CoverMessage("The letter", "Dear {name},\n\nIt is attached.")));
	}

}
