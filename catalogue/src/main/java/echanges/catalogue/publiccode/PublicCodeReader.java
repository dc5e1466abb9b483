package echanges.catalogue.publiccode;

import java.util.List;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads a pasted publiccode.yml document and validates it against the standard, collecting every
 * error with its field path rather than stopping at the first.
 */
public final class PublicCodeReader {

    /** The longest document accepted; real ones are a few kilobytes. */
    static final int MAX_CHARS = 200_000;

    /** A valid document, or every error found in it. */
    public sealed interface Reading {
    }

    public record Valid(PublicCode publicCode) implements Reading {
    }

    public record Invalid(List<PublicCodeError> errors) implements Reading {
        public Invalid {
            errors = List.copyOf(errors);
        }
    }

    private PublicCodeReader() {
    }

    public static Reading read(String text) {
        if (text.length() > MAX_CHARS)
            return new Invalid(List.of(new PublicCodeError("", "a publiccode.yml document has at most " + MAX_CHARS + " characters")));
        Object root;
        try {
            root = yaml().load(text);
        } catch (MarkedYAMLException e) {
            String where = e.getProblemMark() == null ? "" : "line " + (e.getProblemMark().getLine() + 1) + ", column " + (e.getProblemMark().getColumn() + 1) + ": ";
            return new Invalid(List.of(new PublicCodeError("", "not valid YAML: " + where + e.getProblem())));
        } catch (YAMLException e) {
            return new Invalid(List.of(new PublicCodeError("", "not valid YAML: " + e.getMessage())));
        }
        PublicCodeValidator validator = new PublicCodeValidator();
        PublicCode code = validator.validate(root);
        return code == null || !validator.errors().isEmpty() ? new Invalid(validator.errors()) : new Valid(code);
    }

    /** Sections stored with {@link PublicCodeWriter#extensionsYaml}, read back. */
    @SuppressWarnings("unchecked")
    public static java.util.Map<String, Object> extensions(String yaml) {
        Object loaded = yaml.isBlank() ? null : yaml().load(yaml);
        return loaded instanceof java.util.Map<?, ?> m ? (java.util.Map<String, Object>) m : java.util.Map.of();
    }

    /**
     * Dates stay strings: the standard's dates are "YYYY-MM-DD" text, which YAML 1.1 would turn
     * into timestamps; the validator parses them itself. Duplicate keys are refused, and
     * aliases are limited against "billion laughs" documents.
     */
    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setCodePointLimit(MAX_CHARS * 2);
        DumperOptions dumper = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options, new DatesAsText());
    }

    private static final class DatesAsText extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.BOOL, BOOL, "yYnNtTfFoO");
            addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.INT, INT, "-+0123456789");
            addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.MERGE, MERGE, "<");
            addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, EMPTY, null);
        }
    }
}
