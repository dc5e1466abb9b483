package echanges.forum;

import java.util.Locale;
import java.util.Set;

import echanges.platform.Language;

/**
 * Guesses whether a post is French or English from its most common words, so that search
 * analyses it with the right stemmer. Posts are short and often mixed; the guess leans French,
 * the platform's first language, when the evidence is even.
 */
final class LanguageGuess {

    private static final Set<String> FRENCH = Set.of("le", "la", "les", "des", "du", "de", "un", "une", "et", "est",
            "pour", "dans", "que", "qui", "pas", "sur", "avec", "nous", "vous", "ce", "cette", "au", "aux", "sont", "mais");
    private static final Set<String> ENGLISH = Set.of("the", "a", "an", "and", "is", "are", "for", "in", "that", "which",
            "not", "on", "with", "we", "you", "this", "to", "of", "it", "be", "but", "was", "have", "has", "our");

    private LanguageGuess() {
    }

    static Language of(String text) {
        int french = 0;
        int english = 0;
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (FRENCH.contains(word)) french++;
            if (ENGLISH.contains(word)) english++;
        }
        return english > french ? Language.EN : Language.FR;
    }
}
