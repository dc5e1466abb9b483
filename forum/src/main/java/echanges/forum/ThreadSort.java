package echanges.forum;

public enum ThreadSort {
    LATEST_ACTIVITY, VOTES, UNANSWERED
}
