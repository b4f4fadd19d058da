package org.adelante.letters;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a column of an imported file of signers holds. Each has the column names it is
 * guessed from, in English and Spanish and as Adelante's own export names its columns,
 * compared {@link ImportMapping#normalise normalised}.
 */
public enum ImportField {

	/** A column the import leaves out. */
	IGNORE(Set.of()),

	/** Whether the row is an organisation's signature or a person's. */
	KIND(Set.of("kind", "type", "signer type", "signed as", "tipo", "firma como", "tipo de firma")),

	/**
	 * The name the signature is listed under: the organisation's for an organisation's
	 * row, the person's own otherwise.
	 */
	NAME(Set.of("name", "nombre", "listed name", "nombre publicado")),

	ORGANIZATION_NAME(Set.of("organization", "organisation", "organization name", "organisation name",
			"name of the organization", "name of the organisation", "organizacion", "nombre de la organizacion",
			"organizacion nombre", "entidad", "colectivo", "group", "grupo", "org")),

	WEBSITE(Set.of("website", "web", "web site", "url", "site", "sitio web", "pagina web", "sitio", "pagina")),

	CITY(Set.of("city", "town", "ciudad", "municipio", "localidad", "poblacion")),

	REGION(Set.of("region", "state", "state or region", "province", "estado", "provincia", "estado o region",
			"departamento")),

	COUNTRY(Set.of("country", "pais", "country code", "codigo de pais")),

	SCOPE(Set.of("scope", "alcance", "ambito", "ambito de trabajo")),

	SIGNER_NAME(Set.of("signer name", "signer", "signer s name", "your name", "full name", "contact name", "contact",
			"person", "first name and last name", "nombre del firmante", "firmante", "su nombre", "tu nombre",
			"nombre completo", "nombre y apellido", "nombre y apellidos", "contacto", "nombre de contacto", "persona")),

	SIGNER_TITLE(Set.of("signer title", "title", "job title", "position", "role", "your title", "cargo", "puesto",
			"su cargo", "tu cargo", "cargo en la organizacion")),

	EMAIL(Set.of("signer email", "email", "e mail", "email address", "e mail address", "mail", "your email", "correo",
			"correo electronico", "direccion de correo", "direccion de correo electronico", "su correo", "tu correo",
			"email del firmante")),

	PHONE(Set.of("signer phone", "phone", "phone number", "telephone", "mobile", "telefono", "celular", "movil",
			"whatsapp", "numero de telefono")),

	COMMENT(Set.of("signer comment", "comment", "comments", "note", "notes", "message", "comentario", "comentarios",
			"nota", "notas", "mensaje")),

	LANGUAGE(Set.of("signer language", "language", "idioma", "lengua")),

	/** When the signer signed; the time of the import if blank. */
	SIGNED_AT(Set.of("confirmed at", "signed at", "signed on", "date", "date signed", "signature date", "timestamp",
			"fecha", "fecha de firma", "marca temporal", "firmado el"));

	private final Set<String> names;

	ImportField(Set<String> names) {
		this.names = names;
	}

	/** The value a form sends for it, such as {@code organization-name}. */
	public String param() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/**
	 * The message key of its name, such as {@code letterImport.field.organization-name}.
	 */
	public String messageKey() {
		return "letterImport.field." + param();
	}

	/** The field with the form value, or {@code null} for anything else. */
	public static ImportField fromParam(String value) {
		for (ImportField field : values()) {
			if (field.param().equals(value)) {
				return field;
			}
		}
		return null;
	}

	/** Every field, in the order a form offers them. */
	public static List<ImportField> choices() {
		return List.of(values());
	}

	/** The field a column with this name most likely holds; {@link #IGNORE} if none. */
	static ImportField guess(String header) {
		String name = ImportMapping.normalise(header);
		for (ImportField field : values()) {
			if (field.names.contains(name)) {
				return field;
			}
		}
		return IGNORE;
	}

	/** The field with the stored name, or {@code null} for anything else. */
	static ImportField stored(String value) {
		for (ImportField field : values()) {
			if (field.name().equals(value)) {
				return field;
			}
		}
		return null;
	}

}
