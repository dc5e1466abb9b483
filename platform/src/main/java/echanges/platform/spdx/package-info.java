/**
 * SPDX licence expressions: a parser for the expression syntax of the SPDX specification (annex
 * D: AND, OR, WITH, parentheses, {@code +}, {@code LicenseRef-}) and the bundled SPDX licence and
 * exception lists that identifiers are checked against. Plain Java, shared by every module.
 */
@NullMarked
package echanges.platform.spdx;

import org.jspecify.annotations.NullMarked;
