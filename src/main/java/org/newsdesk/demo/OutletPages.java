package org.newsdesk.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/**
 * One outlet's page templates: each outlet has its own look, HTML structure and kind of metadata (OpenGraph,
 * JSON-LD, plain meta), as real sites differ. Implementations are thread-safe: they hold only immutable settings.
 */
sealed interface OutletPages permits HarborTimesPages, NorthfieldLedgerPages, MeridianWirePages, ValleyDispatchPages {

    String article(Edition edition);

    /** The outlet's front page, listing its stories newest first. */
    String home(List<Story> stories);

    static OutletPages of(Outlet outlet, ObjectMapper json, int year) {
        return switch (outlet) {
            case HARBOR_TIMES -> new HarborTimesPages(year);
            case NORTHFIELD_LEDGER -> new NorthfieldLedgerPages(json, year);
            case MERIDIAN_WIRE -> new MeridianWirePages(year);
            case VALLEY_DISPATCH -> new ValleyDispatchPages(json, year);
        };
    }
}
