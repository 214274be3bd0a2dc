package org.newsdesk.understand;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.lucene.analysis.CharArraySet;

/**
 * Stop words of languages other than English, from Lucene's analyzers, folded like names. Thread-safe; each list is
 * read once.
 */
final class ForeignStopwords {

    private static final Map<String, Supplier<CharArraySet>> LISTS = Map.ofEntries(
            Map.entry("fr", org.apache.lucene.analysis.fr.FrenchAnalyzer::getDefaultStopSet),
            Map.entry("es", org.apache.lucene.analysis.es.SpanishAnalyzer::getDefaultStopSet),
            Map.entry("de", org.apache.lucene.analysis.de.GermanAnalyzer::getDefaultStopSet),
            Map.entry("it", org.apache.lucene.analysis.it.ItalianAnalyzer::getDefaultStopSet),
            Map.entry("pt", org.apache.lucene.analysis.pt.PortugueseAnalyzer::getDefaultStopSet),
            Map.entry("nl", org.apache.lucene.analysis.nl.DutchAnalyzer::getDefaultStopSet),
            Map.entry("sv", org.apache.lucene.analysis.sv.SwedishAnalyzer::getDefaultStopSet),
            Map.entry("da", org.apache.lucene.analysis.da.DanishAnalyzer::getDefaultStopSet),
            Map.entry("no", org.apache.lucene.analysis.no.NorwegianAnalyzer::getDefaultStopSet),
            Map.entry("fi", org.apache.lucene.analysis.fi.FinnishAnalyzer::getDefaultStopSet),
            Map.entry("ru", org.apache.lucene.analysis.ru.RussianAnalyzer::getDefaultStopSet),
            Map.entry("ca", org.apache.lucene.analysis.ca.CatalanAnalyzer::getDefaultStopSet),
            Map.entry("ro", org.apache.lucene.analysis.ro.RomanianAnalyzer::getDefaultStopSet),
            Map.entry("tr", org.apache.lucene.analysis.tr.TurkishAnalyzer::getDefaultStopSet),
            Map.entry("hu", org.apache.lucene.analysis.hu.HungarianAnalyzer::getDefaultStopSet),
            Map.entry("cs", org.apache.lucene.analysis.cz.CzechAnalyzer::getDefaultStopSet),
            Map.entry("el", org.apache.lucene.analysis.el.GreekAnalyzer::getDefaultStopSet));
    private static final Map<String, Set<String>> LOADED = new ConcurrentHashMap<>();

    private ForeignStopwords() {
    }

    /** The stop words of a language, with {@code english} added (English words turn up in every language). */
    static Set<String> of(String language, Set<String> english) {
        return LOADED.computeIfAbsent(language, l -> {
            Set<String> words = new HashSet<>(english);
            Supplier<CharArraySet> list = LISTS.get(l);
            if (list != null) for (Object w : list.get()) words.add(Names.fold(new String((char[]) w)));
            return Set.copyOf(words);
        });
    }
}
