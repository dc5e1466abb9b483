/**
 * Accounts: people, the public bodies and suppliers they act for, and their memberships.
 * {@link echanges.accounts.Accounts} is the module's API.
 */
@NullMarked
package echanges.accounts;

import org.jspecify.annotations.NullMarked;
