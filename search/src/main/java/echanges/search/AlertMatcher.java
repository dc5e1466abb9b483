package echanges.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import echanges.platform.SearchDocument;

/**
 * Decides whether a newly indexed document matches a saved search, in memory, without asking
 * Elasticsearch: the percolation our bare server lacks. The document is indexed once into a
 * Lucene {@link MemoryIndex} with the very filters of our analysis plugin (folded, French, English:
 * the same Lucene classes, so the same terms), and each saved query runs against it.
 *
 * <p>An alert is a push, so it is stricter than a search: every word of the query must match (in
 * any field, under any of the three analyses, or within the search's typo distance), except words
 * of one or two letters ("de", "la", "of"), which a search only uses for ranking.
 */
final class AlertMatcher {

    private static final List<String> FIELDS = List.of("title", "tags", "text");
    private static final Map<String, Analyzer> ANALYSES = Map.of(
            "", analyzer(false, false),
            ".fr", analyzer(true, false),
            ".en", analyzer(false, true));

    private AlertMatcher() {
    }

    /** The document, analysed as the index analyses it; reuse it for every saved search of a batch. */
    static MemoryIndex index(SearchDocument doc) {
        MemoryIndex index = new MemoryIndex();
        for (Map.Entry<String, Analyzer> analysis : ANALYSES.entrySet()) {
            index.addField("title" + analysis.getKey(), doc.title(), analysis.getValue());
            index.addField("tags" + analysis.getKey(), String.join(" ", doc.tags()), analysis.getValue());
            index.addField("text" + analysis.getKey(), doc.text(), analysis.getValue());
        }
        return index;
    }

    static boolean matches(MemoryIndex document, String query) {
        Query q = query(query);
        return q != null && document.search(q) > 0;
    }

    /** Every significant word must match somewhere; null when the query has no word at all. */
    static Query query(String text) {
        List<String> words = words(text);
        List<String> significant = words.stream().filter(w -> terms(w, "").stream().anyMatch(t -> t.length() > 2)).toList();
        if (significant.isEmpty()) significant = words;
        if (significant.isEmpty()) return null;
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String word : significant) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (Map.Entry<String, Analyzer> analysis : ANALYSES.entrySet())
                for (String term : terms(word, analysis.getKey()))
                    for (String field : FIELDS) {
                        any.add(new TermQuery(new Term(field + analysis.getKey(), term)), BooleanClause.Occur.SHOULD);
                        // Typos as the search forgives them: on the folded form, first letter kept.
                        int edits = editsFor(term);
                        if (analysis.getKey().isEmpty() && edits > 0)
                            any.add(new FuzzyQuery(new Term(field, term), edits, 1), BooleanClause.Occur.SHOULD);
                    }
            all.add(any.build(), BooleanClause.Occur.MUST);
        }
        return all.build();
    }

    /** Elasticsearch's fuzziness AUTO: no edit up to 2 letters, one up to 5, two beyond. */
    static int editsFor(String term) {
        return term.length() <= 2 ? 0 : term.length() <= 5 ? 1 : 2;
    }

    private static List<String> words(String text) {
        return tokens(new StandardTokenizer(), text);
    }

    private static List<String> terms(String word, String analysis) {
        try (TokenStream stream = ANALYSES.get(analysis).tokenStream("q", word)) {
            return collect(stream);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> tokens(Tokenizer tokenizer, String text) {
        tokenizer.setReader(new StringReader(text));
        try (tokenizer) {
            return collect(tokenizer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> collect(TokenStream stream) throws IOException {
        List<String> out = new ArrayList<>();
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        stream.reset();
        while (stream.incrementToken()) out.add(term.toString());
        stream.end();
        return out;
    }

    /** echanges_folded, echanges_french or echanges_english of {@code elasticsearch/analysis.json}, filter for filter. */
    private static Analyzer analyzer(boolean french, boolean english) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = source;
                if (french) stream = new ElisionFilter(stream, FrenchAnalyzer.DEFAULT_ARTICLES);
                if (english) stream = new EnglishPossessiveFilter(stream);
                stream = new ASCIIFoldingFilter(new LowerCaseFilter(stream));
                if (french) stream = new FrenchLightStemFilter(stream);
                if (english) stream = new PorterStemFilter(stream);
                return new TokenStreamComponents(source, stream);
            }
        };
    }
}
