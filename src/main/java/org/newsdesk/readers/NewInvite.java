package org.newsdesk.readers;

import java.util.Objects;
import org.newsdesk.domain.Invite;

/** An invitation just made: its token goes in the link the admin sends, and is given only here. */
public record NewInvite(Invite invite, String token) {
    public NewInvite {
        Objects.requireNonNull(invite, "invite");
        Objects.requireNonNull(token, "token");
    }

    @Override
    public String toString() {
        return "NewInvite[invite=" + invite.id() + "]";
    }
}
