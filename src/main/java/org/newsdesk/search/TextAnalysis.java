package org.newsdesk.search;

import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How text becomes index terms. Everything is lower-cased and folded to ASCII, so {@code Zürich} finds
 * {@code zurich}. Title and body are also stemmed (KStem: gentler than Porter, which makes "new" of "news" and
 * "univers" of "university" and "universe"; KStem keeps dictionary words such as "striking" whole);
 * their unstemmed twins keep quoted phrases exact and feed spelling suggestions. No stop words are dropped, so
 * phrases like "state of the union" match as written. Thread-safe once built.
 */
final class TextAnalysis {

    private TextAnalysis() {}

    /** The analyzer for every field of {@link ArticleDocument}, at index and at query time. */
    static Analyzer perField() {
        Analyzer stemmed = new Stemmed();
        return new PerFieldAnalyzerWrapper(new Folded(),
                Map.of(ArticleDocument.TITLE, stemmed, ArticleDocument.BODY, stemmed, ArticleDocument.ALL, stemmed));
    }

    /**
     * A keyword (category, tag, language) as it is matched: lower case, folded to ASCII, single spaces.
     * {@code "Northern  IRELAND"} and {@code "northern ireland"} are the same category.
     */
    static String keyword(String value) {
        String collapsed = value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        char[] input = collapsed.toCharArray();
        char[] output = new char[input.length * 4];
        int length = ASCIIFoldingFilter.foldToASCII(input, 0, output, 0, input.length);
        return new String(output, 0, length);
    }

    /** A language tag by its primary subtag: {@code en-GB} is {@code en}. */
    static String language(String tag) {
        String key = keyword(tag).replace('_', '-');
        int dash = key.indexOf('-');
        return dash < 0 ? key : key.substring(0, dash);
    }

    /** Words, lower-cased and folded: for names (byline, source) and exact phrases. */
    private static final class Folded extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }

    /** Folded words reduced to their stems, possessives dropped: "strikes" and "striking" are "strike". */
    private static final class Stemmed extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream stream = new EnglishPossessiveFilter(source);
            stream = new ASCIIFoldingFilter(new LowerCaseFilter(stream));
            return new TokenStreamComponents(source, new KStemFilter(stream));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }
}
