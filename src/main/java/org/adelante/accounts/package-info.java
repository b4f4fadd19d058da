/**
 * Staff accounts: roles, sign-in and its protection, password change and reset, staff
 * management and the audit log of who changed what.
 */
@ApplicationModule(displayName = "Accounts", allowedDependencies = { "shared", "mail" })
package org.adelante.accounts;

import org.springframework.modulith.ApplicationModule;
