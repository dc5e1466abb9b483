package echanges.forum.markdown;

/** HTML that went through the {@link Sanitiser}, with the links it counted on the way. */
record SanitisedHtml(String html, int linkCount) {
}
