package echanges.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validates published open contracting data against the OCDS 1.1.5 schemas (JSON Schema draft-04),
 * read from this module's copy: the packages' references to the standard's URLs resolve to it, so
 * no test needs the network. Enquiries (an extension, which core allows as additional fields) are
 * checked against the shape the platform publishes.
 */
public final class OcdsSchemas {

    private static final String STANDARD = "https://standard.open-contracting.org/schema/1__1__5/";
    /** Draft-04, knowing the standard's own annotations (codelists, merge hints) as the non-validating keywords they are. */
    private static final Dialect DRAFT_4 = Dialect.builder(Dialects.getDraft4())
            .keywords(Stream.of("codelist", "openCodelist", "omitWhenMerged", "wholeListMerge", "versionId", "deprecated")
                    .map(NonValidationKeyword::new).toList())
            .build();
    // Not preloaded: record packages refer to the versioned-release schema, which applies only to
    // versioned releases; the platform publishes none, and the copy leaves that schema out.
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(DRAFT_4,
            builder -> builder.schemaIdResolvers(resolvers -> resolvers.mapPrefix(STANDARD, "classpath:ocds-1.1/"))
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().preloadSchema(false).build()));
    private static final Schema RELEASE_PACKAGE = REGISTRY.getSchema(SchemaLocation.of(STANDARD + "release-package-schema.json"));
    private static final Schema RECORD_PACKAGE = REGISTRY.getSchema(SchemaLocation.of(STANDARD + "record-package-schema.json"));
    private static final Schema ENQUIRY = REGISTRY.getSchema(SchemaLocation.of("classpath:ocds-1.1/enquiry-schema.json"));

    private OcdsSchemas() {
    }

    /** What is wrong with a release package, as the validator says it; empty when valid. */
    public static List<String> releasePackageErrors(String json) {
        return errors(RELEASE_PACKAGE, json);
    }

    /** What is wrong with a record package, its compiled releases' enquiries included; empty when valid. */
    public static List<String> recordPackageErrors(String json) {
        return errors(RECORD_PACKAGE, json);
    }

    private static List<String> errors(Schema schema, String json) {
        List<String> errors = new ArrayList<>(schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList());
        JsonNode root = JsonMapper.shared().readTree(json);
        for (JsonNode enquiries : root.findValues("enquiries"))
            for (JsonNode enquiry : enquiries)
                ENQUIRY.validate(enquiry).forEach(e -> errors.add("enquiry " + enquiry.path("id").asString() + ": " + e));
        return errors;
    }
}
