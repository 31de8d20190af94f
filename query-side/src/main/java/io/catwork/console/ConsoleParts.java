package io.catwork.console;

/**
 * Parts of console pages that another module's page loads in place (the order page's kit, bets and review): a part's
 * controller renders only its fragment when the console's script asks with this header, and the whole page otherwise.
 */
public final class ConsoleParts {
    /** Sent by console.js when it loads a part. */
    public static final String FRAGMENT_HEADER = "X-Console-Fragment";

    private ConsoleParts() {
    }
}
