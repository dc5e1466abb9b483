package echanges.accounts;

import java.util.Locale;
import java.util.regex.Pattern;

/** What a person gives to open an account; checked before anything is written. */
public record Registration(String email, String password, String handle, String displayName) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern HANDLE = Pattern.compile("[A-Za-z0-9_-]{3,30}");
    static final int MIN_PASSWORD = 12;
    static final int MAX_PASSWORD = 256;

    public Registration {
        email = normaliseEmail(email);
        handle = handle.strip();
        displayName = displayName.strip();
        if (!EMAIL.matcher(email).matches() || email.length() > 254)
            throw new AccountsException.InvalidRegistration("'" + email + "' is not an email address");
        if (password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD)
            throw new AccountsException.InvalidRegistration("a password has " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters");
        if (!HANDLE.matcher(handle).matches())
            throw new AccountsException.InvalidRegistration("a handle is 3 to 30 letters, digits, _ or -, was '" + handle + "'");
        if (displayName.isEmpty() || displayName.length() > 80)
            throw new AccountsException.InvalidRegistration("a display name has 1 to 80 characters");
    }

    static String normaliseEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "Registration[" + handle + "]"; // never log the password
    }
}
