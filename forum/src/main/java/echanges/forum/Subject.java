package echanges.forum;

/** What a thread discusses: a challenge or a component, by id. */
public record Subject(Kind kind, String id) {

    public enum Kind {
        CHALLENGE, COMPONENT
    }
}
