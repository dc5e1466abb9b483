/**
 * The Spring Boot application: configuration, embedded servers, security, GraphQL wiring and
 * controllers that only map the schema to the modules' APIs.
 */
@NullMarked
package echanges.api;

import org.jspecify.annotations.NullMarked;
