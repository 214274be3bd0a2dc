package org.newsdesk.readers;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import org.jspecify.annotations.Nullable;

/**
 * Sign-in passwords hashed with Argon2id (PHC string format, salt and parameters inside), with OWASP's minimum
 * cost by default: 19 MiB, 2 passes, 1 lane. Thread-safe.
 */
public final class PasswordHasher {
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    private final Argon2Function function;
    /** Checked against when a name is unknown, so that the answer takes as long as for a known name. */
    private volatile @Nullable String decoy;

    public PasswordHasher() {
        this(19 * 1024, 2);
    }

    /** @param memoryKib memory cost in KiB; tests may lower it, stored hashes keep their own parameters */
    public PasswordHasher(int memoryKib, int iterations) {
        function = Argon2Function.getInstance(memoryKib, iterations, 1, HASH_BYTES, Argon2.ID);
    }

    public String hash(String password) {
        return Password.hash(password).addRandomSalt(SALT_BYTES).with(function).getResult();
    }

    public boolean matches(String password, String hash) {
        try {
            return Argon2Function.getInstanceFromHash(hash).check(password, hash);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Spends the time of a check, for unknown names. */
    void checkDecoy(String password) {
        String known = decoy;
        if (known == null) {
            known = hash("a password nobody has");
            decoy = known;
        }
        matches(password, known);
    }
}
