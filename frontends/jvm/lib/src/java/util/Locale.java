package java.util;

/** The English locales, for the methods that take a locale (`String.format(Locale, ...)`,
 *  `printf`, `toUpperCase(Locale)`): they format as the root locale does, which is what the
 *  library's formatting does for every locale. Other locales are not modelled. */
public final class Locale {
    public static final Locale ROOT = new Locale("", "");
    public static final Locale ENGLISH = new Locale("en", "");
    public static final Locale US = new Locale("en", "US");
    public static final Locale UK = new Locale("en", "GB");

    private final String language;
    private final String country;

    private Locale(String language, String country) {
        this.language = language;
        this.country = country;
    }

    public String getLanguage() { return language; }
    public String getCountry() { return country; }
    @Override public String toString() { return country.isEmpty() ? language : language + "_" + country; }
}
