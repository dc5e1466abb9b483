package echanges.platform;

/** The platform's two publishing languages. */
public enum Language {
    FR, EN
}
