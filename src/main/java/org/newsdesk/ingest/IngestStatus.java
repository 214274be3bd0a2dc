package org.newsdesk.ingest;

/** Counts for scripts and health checks ({@code GET /api/v1/status}, {@code newsdesk status}). */
public record IngestStatus(long sources, long articles, long failingSources, int queued) {}
