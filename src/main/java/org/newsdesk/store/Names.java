package org.newsdesk.store;

import java.text.Normalizer;
import java.util.Locale;

/** How names are compared: folded so that names differing only in case or Unicode form are one name. */
final class Names {
    private Names() {}

    static String key(String name) {
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
