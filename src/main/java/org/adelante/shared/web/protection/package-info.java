/**
 * Defences of the public forms: per-address rate limits, a honeypot field and a signed
 * "shown at" token that enforces a minimum fill time. A module protects a form by
 * declaring a {@link org.adelante.shared.web.protection.PublicForm} bean and including
 * the {@code shared/form-guard} template in it.
 */
package org.adelante.shared.web.protection;
