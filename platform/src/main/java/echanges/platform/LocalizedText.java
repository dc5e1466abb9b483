package echanges.platform;

/** A text in both of the platform's languages. */
public record LocalizedText(String fr, String en) {

    public String in(Language language) {
        return language == Language.FR ? fr : en;
    }
}
