package echanges.catalogue;

/** Event: a component has a new release. */
public record ComponentReleased(String componentId, String releaseId) {
}
