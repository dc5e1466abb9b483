package echanges.forum;

public enum FlagReason {
    SPAM, OFFENSIVE, OFF_TOPIC, OTHER
}
