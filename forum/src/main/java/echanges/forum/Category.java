package echanges.forum;

import echanges.platform.LocalizedText;

/** A section of the forum, from a short managed list. */
public record Category(String id, String slug, LocalizedText name, LocalizedText description, int position) {
}
