package echanges.accounts;

public enum SupplierKind {
    STARTUP, SME, INDEPENDENT
}
