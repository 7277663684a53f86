package org.linkwell.app;

import java.util.Locale;
import org.linkwell.core.EncryptedDatabaseException;
import org.linkwell.core.Messages;
import picocli.CommandLine;

/** Headless commands end with a plain sentence, not a stack trace, when the data file's key is the problem. */
public final class HeadlessErrors implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception error, CommandLine command, CommandLine.ParseResult parsed)
            throws Exception {
        Messages english = new Messages(Locale.ENGLISH);
        if (error instanceof HeadlessKeys.PassphraseException passphrase) {
            command.getErr().println(english.get(passphrase.messageKey(), passphrase.file().toString(),
                    HeadlessKeys.VARIABLE));
            return 1;
        }
        if (error instanceof EncryptedDatabaseException encrypted) {
            command.getErr().println(english.get("encryption.headless." + (encrypted.problem()
                    == EncryptedDatabaseException.Problem.KEY_NEEDED ? "missing" : "wrong"),
                    encrypted.file().toString(), HeadlessKeys.VARIABLE));
            return 1;
        }
        throw error;
    }
}
