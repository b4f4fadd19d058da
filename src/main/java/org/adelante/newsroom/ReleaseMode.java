package org.adelante.newsroom;

/**
 * The release line of a release: for immediate release, or embargoed until a time.
 */
public enum ReleaseMode {

	IMMEDIATE, EMBARGOED

}
