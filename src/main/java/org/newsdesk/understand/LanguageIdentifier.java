package org.newsdesk.understand;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.langdetect.ThreadSafeLanguageDetectorME;
import org.jspecify.annotations.Nullable;

/**
 * Tells an article's language with OpenNLP's language model (103 languages), as an ISO 639-1 code. A text too short
 * to tell keeps the language the page declares. Thread-safe.
 */
final class LanguageIdentifier {

    static final String UNDETERMINED = "und";
    private static final int SAMPLE = 300;
    private static final int TOO_SHORT = 40;
    private static final Map<String, String> MACRO = Map.of("cmn", "zh", "zho", "zh", "pes", "fa", "prs", "fa",
            "zsm", "ms", "nob", "no", "nno", "no", "ekk", "et", "lvs", "lv", "swh", "sw");

    private final ThreadSafeLanguageDetectorME detector;
    private final Map<String, String> twoLetter = new HashMap<>();

    LanguageIdentifier() {
        try (InputStream in = LanguageIdentifier.class.getResourceAsStream("/langdetect-183.bin")) {
            if (in == null) throw new IllegalStateException("the language model langdetect-183.bin is not on the class path");
            detector = new ThreadSafeLanguageDetectorME(new LanguageDetectorModel(in));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the language model: " + e.getMessage(), e);
        }
        for (String code : Locale.getISOLanguages()) {
            try {
                twoLetter.put(Locale.of(code).getISO3Language(), code);
            } catch (java.util.MissingResourceException e) {
                // a language without a three-letter code: nothing to map
            }
        }
        twoLetter.putAll(MACRO);
    }

    /** The language of a text; {@code declared} (the page's own) when the text is too short to tell. */
    String identify(String text, @Nullable String declared) {
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        String fallback = declared == null || declared.isBlank() ? UNDETERMINED : normalise(declared);
        if (sample.strip().length() < TOO_SHORT) return fallback;
        Language[] ranked = detector.predictLanguages(sample);
        if (ranked.length == 0) return fallback;
        Language best = ranked[0];
        // the model spreads its confidence over 103 languages: a clear lead over the runner-up is what counts
        double second = ranked.length > 1 ? ranked[1].getConfidence() : 0;
        if (best.getConfidence() < 0.05 || best.getConfidence() < 2 * second) return fallback;
        String code = twoLetter.get(best.getLang());
        return code == null ? fallback : code;
    }

    /** "en-GB", "EN_us", "eng" → "en". */
    String normalise(String declared) {
        String lang = declared.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        if (lang.length() == 3 && twoLetter.containsKey(lang)) return twoLetter.get(lang);
        return lang.length() == 2 ? lang : UNDETERMINED;
    }
}
