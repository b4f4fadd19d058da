package org.adelante.organizations;

/**
 * How an organisation matched another, from the surest to the loosest; a candidate is
 * taken to be the registered organisation it matches at the surest level.
 */
enum MatchLevel {

	/** The same normalised name. */
	NAME,

	/** A name of one is another name (an alias) of the other. */
	ALIAS,

	/** They share an acronym. */
	ACRONYM,

	/** A website host or email domain of one is (under) a domain of the other. */
	DOMAIN

}
