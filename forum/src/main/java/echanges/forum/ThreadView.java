package echanges.forum;

public enum ThreadView {
    CHRONOLOGICAL, TREE
}
