package echanges.procurement.rules;

import java.util.Map;

/** The settings of each jurisdiction, falling back to the defaults where none are configured. */
public record Jurisdictions(Map<String, ProcurementSettings> settings) {

    public Jurisdictions {
        settings = Map.copyOf(settings);
    }

    public static Jurisdictions defaults() {
        return new Jurisdictions(Map.of());
    }

    public ProcurementSettings of(String jurisdiction) {
        return settings.getOrDefault(jurisdiction, ProcurementSettings.DEFAULTS);
    }
}
