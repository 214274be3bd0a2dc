package org.newsdesk.domain;

/** What a reader may do besides reading: admins manage readers, invitations, comments and settings. */
public enum Role {
    ADMIN, MEMBER
}
