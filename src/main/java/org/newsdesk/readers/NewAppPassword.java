package org.newsdesk.readers;

import java.util.Objects;
import org.newsdesk.domain.AppPassword;

/** An app password just made: the secret is shown to the reader once, here, and never again. */
public record NewAppPassword(AppPassword appPassword, String secret) {
    public NewAppPassword {
        Objects.requireNonNull(appPassword, "appPassword");
        Objects.requireNonNull(secret, "secret");
    }

    @Override
    public String toString() {
        return "NewAppPassword[appPassword=" + appPassword.id() + "]";
    }
}
