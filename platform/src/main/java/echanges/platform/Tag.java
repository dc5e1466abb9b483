package echanges.platform;

/** A tag, shared by challenges, components and threads. */
public record Tag(String id, String name) {
}
