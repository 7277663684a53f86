package org.linkwell.security;

/**
 * An encrypted data file before it is open (or a new one not yet made): the key comes from the typed
 * password's slot, or from the setup passphrase. Failures are counted in memory; wrong names and wrong
 * passwords look the same whichever step refused them.
 */
public interface LockedDataFile {
    /** Opens the file with the key in this login's slot, then signs in as usual (bcrypt, lock-out). */
    SignInResult signIn(String username, char[] password);

    /** Opens the file with the setup passphrase; nobody is signed in yet (see {@link PassphraseRecovery}). */
    SignInResult unlockWithPassphrase(char[] passphrase);

    /** Makes a new encrypted data file and its first administrator; refuses bad input before anything is made. */
    SignedInUser create(String name, String username, char[] password, char[] passphrase);
}
