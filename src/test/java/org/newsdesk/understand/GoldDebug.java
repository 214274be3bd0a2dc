package org.newsdesk.understand;

import org.newsdesk.domain.Annotations;

/** Prints what the stage finds in chosen gold articles, for working on it: GoldDebug NAME... */
final class GoldDebug {
    public static void main(String[] args) {
        GoldSet gold = GoldSet.load();
        Understanding u = new Understanding(new SentenceEmbedder());
        for (String name : args) {
            var article = gold.articles().get(name);
            System.out.println("== " + name + " | " + article.title());
            System.out.println(article.bodyText());
            Annotations a = u.understand(article);
            System.out.println("language " + a.language());
            a.entities().forEach(e -> System.out.println("  " + e));
            a.quotes().forEach(q -> System.out.println("  Q " + q));
            System.out.println("  tags " + a.tags() + " categories " + a.categories());
            a.summary().forEach(s -> System.out.println("  S " + s));
        }
    }
}
