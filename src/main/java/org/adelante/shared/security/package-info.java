/**
 * The vocabulary of staff access every module uses: the roles, and the rules by which a
 * module says who may open its staff pages.
 */
package org.adelante.shared.security;
