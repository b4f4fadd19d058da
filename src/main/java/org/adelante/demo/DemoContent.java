package org.adelante.demo;

import java.awt.Color;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.adelante.letters.Letter;
import org.adelante.newsroom.MediaContact;
import org.adelante.newsroom.MediaContacts;
import org.adelante.newsroom.Newsroom;
import org.adelante.newsroom.Post;
import org.adelante.newsroom.PostContent;
import org.adelante.newsroom.PostKind;
import org.adelante.newsroom.RelatedLink;
import org.adelante.newsroom.ReleaseMode;
import org.adelante.newsroom.media.MediaAsset;
import org.adelante.newsroom.media.MediaLibrary;
import org.adelante.organizations.Organization;
import org.adelante.organizations.OrganizationDetails;
import org.adelante.organizations.Organizations;
import org.adelante.organizations.OwnOrganizationDetails;
import org.adelante.organizations.Scope;
import org.adelante.organizations.Sector;
import org.adelante.organizations.Sectors;
import org.adelante.shared.FirstStart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo newsroom of the Río Abierto Alliance, a fictional coalition in Tucson,
 * on an installation's first start, before the server answers its first request (so no
 * visitor or cache ever gets the empty newsroom in between). All names, organisations and
 * texts are invented.
 */
@Component
class DemoContent implements FirstStart {

	private static final Logger log = LoggerFactory.getLogger(DemoContent.class);

	private static final ZoneId ZONE = ZoneId.of("America/Phoenix");

	private final DemoSettings settings;

	private final Organizations organizations;

	private final Sectors sectors;

	private final Newsroom newsroom;

	private final MediaContacts contacts;

	private final MediaLibrary media;

	private final DemoLetter waterLetter;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DemoContent(DemoSettings settings, Organizations organizations, Sectors sectors, Newsroom newsroom,
			MediaContacts contacts, MediaLibrary media, DemoLetter waterLetter, JdbcClient jdbc,
			TransactionTemplate transactions, Clock clock) {
		this.settings = settings;
		this.organizations = organizations;
		this.sectors = sectors;
		this.newsroom = newsroom;
		this.contacts = contacts;
		this.media = media;
		this.waterLetter = waterLetter;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void prepare() {
		if (!this.settings.demo()) {
			return;
		}
		this.transactions.executeWithoutResult((status) -> {
			if (claimFirstStart()) {
				load();
				log.info("Loaded the demo content (set ADELANTE_DEMO=false to start an installation empty)");
			}
		});
	}

	/**
	 * True once per installation, on whichever node gets here first; a node that loses
	 * the race waits for the winner's transaction and inserts nothing.
	 */
	private boolean claimFirstStart() {
		return this.jdbc.sql("insert into demo_content (id, loaded_at) values (1, :now) on conflict do nothing")
			.param("now", Timestamp.from(this.clock.instant()))
			.update() == 1;
	}

	private void load() {
		this.organizations
			.updateOwn(new OwnOrganizationDetails("Río Abierto Alliance", "https://rioabierto.example", """
					The Río Abierto Alliance is a coalition of 64 community, faith, labour and environmental \
					organisations in Arizona and Sonora working for clean water, safe work and dignity for \
					everyone who lives along the border. Founded in 2011, it is based in Tucson.""", """
					La Alianza Río Abierto es una coalición de 64 organizaciones comunitarias, religiosas, \
					sindicales y ambientales de Arizona y Sonora que trabaja por el agua limpia, el trabajo \
					seguro y la dignidad de todas las personas que viven en la frontera. Fundada en 2011, \
					tiene su sede en Tucson.""", ZONE.getId(), null, false));

		Sector environment = this.sectors.add("Environment and water");
		Sector healthSector = this.sectors.add("Health");
		Sector labour = this.sectors.add("Labour");
		Sector faithSector = this.sectors.add("Faith communities");
		Sector humanRights = this.sectors.add("Human rights");
		Organization water = organization(
				new OrganizationDetails("Sonoran Water Defenders", "SWD", "https://sonoranwater.example", "Tucson",
						"Arizona", "US", Scope.REGIONAL, List.of("Defensores del Agua Sonorense"),
						List.of("sonoranwater.example"), environment.id(), null, false));
		Organization health = organization(new OrganizationDetails("Frontera Health Network", "FHN",
				"https://fronterahealth.example", "El Paso", "Texas", "US", Scope.INTERNATIONAL,
				List.of("Red de Salud Fronteriza"), List.of("fronterahealth.example"), healthSector.id(), null, false));
		Organization semillas = organization(new OrganizationDetails("Colectivo Semillas del Norte", null,
				"https://semillas.example", "Hermosillo", "Sonora", "MX", Scope.LOCAL,
				List.of("Semillas del Norte, A.C."), List.of(), environment.id(), null, false));
		organization(new OrganizationDetails("Desert Workers Union", "DWU", "https://desertworkers.example", "Phoenix",
				"Arizona", "US", Scope.REGIONAL, List.of(), List.of("desertworkers.example"), labour.id(), null,
				false));
		Organization faith = organization(new OrganizationDetails("Borderlands Interfaith Council", "BIC",
				"https://borderlandsfaith.example", "Las Cruces", "New Mexico", "US", Scope.REGIONAL, List.of(),
				List.of(), faithSector.id(), null, false));
		Organization rights = organization(new OrganizationDetails("Instituto de Derechos Humanos del Pacífico", "IDHP",
				"https://idhp.example", "Tijuana", "Baja California", "MX", Scope.NATIONAL,
				List.of("Pacific Human Rights Institute"), List.of("idhp.example"), humanRights.id(), null, false));

		MediaContact marisol = this.contacts.create(new MediaContact.Details("Marisol Ortega",
				"Communications Director", "press@rioabierto.example", "+1 520 555 0142"));
		MediaContact daniel = this.contacts.create(new MediaContact.Details("Daniel Whitfield", "Press Officer",
				"daniel.whitfield@rioabierto.example", "+1 520 555 0178"));

		Instant now = this.clock.instant();

		Letter signOn = this.waterLetter.load(now, ZONE);

		MediaAsset river = image("santa-cruz-river.jpg", 11, new Color(70, 130, 190), new Color(250, 200, 150),
				new Color(120, 90, 60), false);
		Post letter = publish(new PostContent(PostKind.PRESS_RELEASE, "en", null,
				"More than 120 organisations call for an independent review of water allocations in the Santa Cruz basin",
				"The coalition letter asks the governor to suspend new pumping permits until the review is published",
				null, null, """
						A coalition of 124 community, faith, labour and environmental organisations from both sides of \
						the border delivered a letter to the governor on Tuesday asking for an independent review of \
						how water in the Santa Cruz basin is allocated, and for new large pumping permits to be \
						suspended until it is published.

						The letter, convened by the Río Abierto Alliance with the Sonoran Water Defenders and the \
						Borderlands Interfaith Council, notes that private wells in four neighbourhoods south of \
						Tucson ran dry for weeks in each of the past two summers, while the state approved more than \
						9,000 acre-feet of new annual pumping nearby.

						"Decisions about a shared river must be made in the open," said Marisol Ortega of the Río \
						Abierto Alliance. "Communities in Nogales and Magdalena depend on the same water and have no \
						say in the permits granted upstream."

						## What the coalition asks

						1. An independent review of allocations, with its data and methods published in English and \
						   Spanish.
						2. A pause on new pumping permits above 100 acre-feet a year until the review is published and \
						   discussed in public hearings.
						3. Public hearings in Tucson, Nogales and Green Valley, with interpretation.
						4. An invitation to the authorities of Sonora to take part in the review.

						The letter stays open: more organisations can add their names below.""", "Tucson", "Arizona",
				ReleaseMode.IMMEDIATE, null, null, river.id(),
				"The Santa Cruz river bed at dusk, dry except for a narrow channel, with saguaros on the hills",
				"The Santa Cruz basin supplies water to more than a million people.", "Río Abierto Alliance",
				"A river that belongs to all of us cannot be divided up behind closed doors.", "Marisol Ortega",
				"Communications Director, Río Abierto Alliance", List.of("Water", "Coalition letters"),
				List.of(marisol.id(), daniel.id()), List.of(water.id(), faith.id()), null, null, null,
				List.of(new RelatedLink("Legislators' letter on groundwater reporting in the Santa Cruz basin",
						"https://azwaterlegislators.example/2026/santa-cruz-groundwater-letter")),
				signOn.id()), daysAgo(now, 2));

		publish(new PostContent(PostKind.PRESS_RELEASE, "es", letter.id(),
				"Más de 120 organizaciones piden una revisión independiente del reparto del agua en la cuenca del Santa Cruz",
				"La carta de la coalición pide a la gobernadora suspender los nuevos permisos de bombeo hasta que se publique la revisión",
				null, null, """
						Una coalición de 124 organizaciones comunitarias, religiosas, sindicales y ambientales de \
						ambos lados de la frontera entregó el martes una carta a la gobernadora en la que pide una \
						revisión independiente del reparto del agua en la cuenca del Santa Cruz y la suspensión de los \
						nuevos grandes permisos de bombeo hasta que se publique.

						La carta, convocada por la Alianza Río Abierto junto con Sonoran Water Defenders y el \
						Borderlands Interfaith Council, señala que los pozos privados de cuatro barrios del sur de \
						Tucson se secaron durante semanas en cada uno de los dos últimos veranos, mientras el estado \
						aprobaba más de 9,000 acres-pie de nuevo bombeo anual en los alrededores.

						## Lo que pide la coalición

						1. Una revisión independiente del reparto, con sus datos y métodos publicados en inglés y en \
						   español.
						2. Una pausa en los nuevos permisos de bombeo de más de 100 acres-pie al año hasta que se \
						   publique la revisión y se discuta en audiencias públicas.
						3. Audiencias públicas en Tucson, Nogales y Green Valley, con interpretación.
						4. Una invitación a las autoridades de Sonora para participar en la revisión.

						La carta sigue abierta: más organizaciones pueden sumar su firma abajo.""", "Tucson", "Arizona",
				ReleaseMode.IMMEDIATE, null, null, river.id(),
				"El cauce del río Santa Cruz al atardecer, seco salvo un canal estrecho, con saguaros en las colinas",
				"La cuenca del Santa Cruz abastece de agua a más de un millón de personas.", "Alianza Río Abierto",
				"Un río que es de todas y todos no puede repartirse a puerta cerrada.", "Marisol Ortega",
				"Directora de Comunicación, Alianza Río Abierto", List.of("Agua", "Cartas de coalición"),
				List.of(marisol.id()), List.of(water.id(), faith.id()), null, null, null, List.of(), signOn.id()),
				daysAgo(now, 2));

		MediaAsset march = image("workers-march.jpg", 23, new Color(240, 120, 60), new Color(255, 214, 140),
				new Color(150, 80, 50), true);
		publish(new PostContent(PostKind.STATEMENT, "en", null,
				"Statement on the county's decision to close the Nogales community clinic", null, null,
				"The closure would leave 9,000 patients without a clinic within an hour's drive.", """
						The Río Abierto Alliance and the Frontera Health Network are deeply concerned by the county \
						board's decision to close the Nogales community clinic at the end of the year.

						The clinic serves about 9,000 patients, most of them farmworkers and their families. The \
						nearest alternative is more than an hour away, with no public transport.

						We ask the board to delay the closure, to publish the budget analysis behind it, and to meet \
						with patients before any final vote.""", "Nogales", "Arizona", ReleaseMode.IMMEDIATE, null,
				null, march.id(), "Marchers with hand-painted placards walk along a desert road at sunset",
				"Patients and nurses marched to the county offices in October.", "Río Abierto Alliance", null, null,
				null, List.of("Health"), List.of(daniel.id()), List.of(health.id()), null, null, null, List.of(), null),
				daysAgo(now, 6));

		publish(new PostContent(PostKind.MEDIA_ADVISORY, "en", null,
				"Media advisory: community hearing on heat protections for outdoor workers", null, null,
				"Workers, nurses and employers will testify on Thursday evening in South Tucson.",
				"""
						**What:** A community hearing on heat protections for people who work outdoors, with testimony \
						from farmworkers, construction workers, nurses and two employers.

						**When:** Thursday, 6:00 to 8:00 p.m.

						**Where:** South Tucson Community Hall, 1700 S. 6th Avenue (accessible entrance on the east side).

						**Interpretation:** English and Spanish interpretation will be provided.

						**Visuals:** Workers holding the thermometers they carry on the job; a wall of 300 handwritten \
						testimonies.""",
				"South Tucson", "Arizona", ReleaseMode.IMMEDIATE, null, null, null, null, null, null, null, null, null,
				List.of("Heat", "Workers"), List.of(marisol.id()), List.of(), null, null, null, List.of(), null),
				daysAgo(now, 9));

		MediaAsset volunteers = image("river-corridor.jpg", 37, new Color(40, 90, 160), new Color(170, 210, 230),
				new Color(80, 110, 70), false);
		publish(new PostContent(PostKind.NEWS, "en", null,
				"Volunteers map 40 miles of the river corridor in one weekend", null, null, null, """
						Over one weekend in November, 85 volunteers walked 40 miles of the Santa Cruz river corridor \
						with phones and paper maps, recording dry wells, illegal dumping and the places where water \
						still surfaces.

						Their map, now public, is the most detailed record of the river's condition in a decade. The \
						Sonoran Water Defenders will use it in their testimony before the state water board.

						Thank you to everyone who walked, drove, cooked and carried water.""", null, null,
				ReleaseMode.IMMEDIATE, null, null, volunteers.id(),
				"A wide valley with a thin green line of trees along the river under a blue sky",
				"The river corridor south of Tucson.", "Río Abierto Alliance", null, null, null,
				List.of("Water", "Volunteers"), List.of(), List.of(), null, null, null, List.of(), null),
				daysAgo(now, 14));

		publish(new PostContent(PostKind.REPOST, "en", null,
				"Human rights groups document long delays at asylum processing points", null, null, null, """
						Researchers from the Instituto de Derechos Humanos del Pacífico interviewed 412 people waiting \
						at three processing points between June and September. Half had waited more than four months \
						for an appointment; one in five had no safe place to stay while waiting.

						The report recommends that appointment systems work without a smartphone, that waiting times \
						be published weekly, and that shelters receive stable funding.""", "Tijuana", "Baja California",
				ReleaseMode.IMMEDIATE, null, null, null, null, null, null, null, null, null,
				List.of("Human rights", "Migration"), List.of(), List.of(), rights.id(),
				"https://idhp.example/en/2026/asylum-processing-delays", LocalDate.ofInstant(daysAgo(now, 20), ZONE),
				List.of(), null), daysAgo(now, 19));

		publish(new PostContent(PostKind.PRESS_RELEASE, "es", null,
				"Trabajadoras y trabajadores agrícolas exigen agua potable y sombra en los campos", null, null, null,
				"""
						Más de 300 trabajadoras y trabajadores agrícolas del valle de Yuma y de Sonora firmaron una \
						petición dirigida a los principales productores de la región para exigir agua potable fresca, \
						sombra y descansos pagados cuando la temperatura supera los 32 °C.

						El Colectivo Semillas del Norte y la Alianza Río Abierto acompañarán la entrega de la petición \
						el próximo lunes.""", "Hermosillo", "Sonora", ReleaseMode.IMMEDIATE, null, null, null, null,
				null, null, "Nadie debería arriesgar la vida por cosechar nuestra comida.", "Rosa Elena Valdez",
				"Trabajadora agrícola y vocera del Colectivo Semillas del Norte", List.of("Calor", "Trabajadores"),
				List.of(marisol.id()), List.of(semillas.id()), null, null, null, List.of(), null), daysAgo(now, 23));

		publish(new PostContent(PostKind.NEWS, "en", null, "Río Abierto Alliance welcomes eight new member groups",
				null, null, null, """
						Eight organisations joined the Alliance this autumn, including two youth groups, a tenants' \
						union and a network of community health workers. The coalition now has 64 member organisations \
						on both sides of the border.""", null, null, ReleaseMode.IMMEDIATE, null, null, null, null,
				null, null, null, null, null, List.of("Coalition"), List.of(), List.of(), null, null, null, List.of(),
				null), daysAgo(now, 31));

		Instant embargo = ZonedDateTime.ofInstant(now, ZONE)
			.plusDays(3)
			.withHour(6)
			.truncatedTo(ChronoUnit.HOURS)
			.toInstant();
		Post report = this.newsroom.create(new PostContent(PostKind.PRESS_RELEASE, "en", null,
				"Report: heat deaths among outdoor workers doubled in five years", null, null, null, """
						A new report by the Río Abierto Alliance and the Desert Workers Union finds that heat-related \
						deaths among people who work outdoors in Arizona doubled between 2020 and 2025.

						The report, based on public health records and 140 interviews, recommends enforceable heat \
						standards: water, shade and rest at set temperatures, and protection from retaliation for \
						workers who report violations.""", "Phoenix", "Arizona", ReleaseMode.EMBARGOED, embargo, ZONE,
				null, null, null, null, null, null, null, List.of("Heat", "Workers"), List.of(marisol.id()), List.of(),
				null, null, null, List.of(), null));
		this.newsroom.schedule(report.id(), embargo);
	}

	private Organization organization(OrganizationDetails details) {
		return this.organizations.create(details);
	}

	private MediaAsset image(String name, long seed, Color sky, Color horizon, Color land, boolean people) {
		return this.media.store(name, DemoImages.landscape(seed, sky, horizon, land, people));
	}

	private Post publish(PostContent content, Instant publishedAt) {
		Post post = this.newsroom.create(content);
		return this.newsroom.publishAsOf(post.id(), publishedAt);
	}

	private static Instant daysAgo(Instant now, int days) {
		return now.minus(Duration.ofDays(days)).truncatedTo(ChronoUnit.MINUTES);
	}

}
