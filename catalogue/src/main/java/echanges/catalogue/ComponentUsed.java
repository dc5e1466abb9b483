package echanges.catalogue;

/** Event: a public body declared, or changed, its use of a component. */
public record ComponentUsed(String componentId, String bodyId) {
}
