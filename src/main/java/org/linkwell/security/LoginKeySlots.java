package org.linkwell.security;

import org.linkwell.core.Database;
import org.linkwell.core.KeyFile;

/**
 * Keeps an encrypted data file's key slots in step with passwords: whenever a password is set while the key
 * is in memory, that login gets a slot, so its owner can open the file with it at the next start. On a
 * plain file it does nothing.
 */
public interface LoginKeySlots {
    void passwordSet(String username, char[] password);

    /** A switched-off login's password no longer opens the file (a new password from an administrator will). */
    void loginSwitchedOff(String username);

    static LoginKeySlots of(Database database) {
        return new LoginKeySlots() {
            @Override
            public void passwordSet(String username, char[] password) {
                database.key().ifPresent(key -> KeyFile.beside(database.file()).putLogin(username, password, key));
            }

            @Override
            public void loginSwitchedOff(String username) {
                if (database.isEncrypted()) {
                    KeyFile.beside(database.file()).removeLogin(username);
                }
            }
        };
    }
}
