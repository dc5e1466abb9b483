package echanges.forum.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.Block;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Parses a {@link Quote} as a container block, like a block quote, so that its content is
 * ordinary Markdown and markers inside code are never taken for quote markers. Quotes do not
 * nest: markers inside a quote are text, in pairs, so the outer quote ends where it should.
 */
final class QuoteParser extends AbstractBlockParser {

    private static final Pattern OPENING = Pattern.compile(
            "\\[quote=\"(" + Mention.HANDLE + "), ?post:([A-Za-z0-9_-]+)\"]\\s*");
    private static final Pattern CLOSING = Pattern.compile("\\[/quote]\\s*");
    /** As for CommonMark's own blocks, four spaces of indent make a line code, not a marker. */
    private static final int CODE_INDENT = 4;

    private final Quote quote;
    private int openingsAsText;

    private QuoteParser(Quote quote) {
        this.quote = quote;
    }

    @Override
    public Block getBlock() {
        return quote;
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    @Override
    public boolean canContain(Block block) {
        return true;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (state.getIndent() < CODE_INDENT && !(state.getActiveBlockParser().getBlock() instanceof FencedCodeBlock)) {
            CharSequence rest = restOfLine(state);
            if (CLOSING.matcher(rest).matches()) {
                if (openingsAsText == 0) {
                    quote.close();
                    return BlockContinue.finished();
                }
                openingsAsText--;
            } else if (OPENING.matcher(rest).matches()) {
                openingsAsText++;
            }
        }
        return BlockContinue.atIndex(state.getIndex());
    }

    private static CharSequence restOfLine(ParserState state) {
        CharSequence line = state.getLine().getContent();
        return line.subSequence(state.getNextNonSpaceIndex(), line.length());
    }

    static final class Factory extends AbstractBlockParserFactory {

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            if (state.getIndent() >= CODE_INDENT || inQuote(matched.getMatchedBlockParser().getBlock()))
                return BlockStart.none();
            CharSequence rest = restOfLine(state);
            Matcher opening = OPENING.matcher(rest);
            if (!opening.matches())
                return BlockStart.none();
            Quote quote = new Quote(opening.group(1), opening.group(2), rest.toString().strip());
            return BlockStart.of(new QuoteParser(quote)).atIndex(state.getLine().getContent().length());
        }

        private static boolean inQuote(Node block) {
            for (Node node = block; node != null; node = node.getParent())
                if (node instanceof Quote)
                    return true;
            return false;
        }
    }
}
