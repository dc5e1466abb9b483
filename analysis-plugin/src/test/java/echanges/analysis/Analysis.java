package echanges.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** A chain like the custom analyzers of the search module: standard tokenizer, then our filters. */
record Analysis(List<TokenFilterFactory> filters) {

    static Analysis of(TokenFilterFactory... filters) {
        return new Analysis(List.of(filters));
    }

    List<String> terms(String text) {
        try (Analyzer analyzer = analyzer(); TokenStream tokens = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            List<String> terms = new ArrayList<>();
            tokens.reset();
            while (tokens.incrementToken()) terms.add(term.toString());
            tokens.end();
            return terms;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String normalized(String text) {
        try (Analyzer analyzer = analyzer()) {
            return analyzer.normalize("text", text).utf8ToString();
        }
    }

    private Analyzer analyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = source;
                for (TokenFilterFactory filter : filters) result = filter.create(result);
                return new TokenStreamComponents(source, result);
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                TokenStream result = in;
                for (TokenFilterFactory filter : filters) result = filter.normalize(result);
                return result;
            }
        };
    }
}
