package org.newsdesk.cluster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Pairwise and BCubed precision, recall and F1 of a clustering against gold labels (as clustering_eval.py). */
record Scores(double pairwiseP, double pairwiseR, double pairwiseF1, double bcubedP, double bcubedR, double bcubedF1) {

    static Scores of(List<String> ids, Map<String, String> gold, Map<String, String> predicted) {
        Map<String, Integer> goldSize = new HashMap<>();
        Map<String, Integer> predSize = new HashMap<>();
        Map<String, Integer> cell = new HashMap<>();
        for (String id : ids) {
            String g = gold.get(id);
            String p = predicted.get(id);
            goldSize.merge(g, 1, Integer::sum);
            predSize.merge(p, 1, Integer::sum);
            cell.merge(g + "\u0000" + p, 1, Integer::sum);
        }
        double tp = cell.values().stream().mapToDouble(n -> n * (n - 1) / 2.0).sum();
        double predPairs = predSize.values().stream().mapToDouble(n -> n * (n - 1) / 2.0).sum();
        double goldPairs = goldSize.values().stream().mapToDouble(n -> n * (n - 1) / 2.0).sum();
        double p = predPairs == 0 ? 0 : tp / predPairs;
        double r = goldPairs == 0 ? 0 : tp / goldPairs;
        double bp = 0;
        double br = 0;
        for (String id : ids) {
            int both = cell.get(gold.get(id) + "\u0000" + predicted.get(id));
            bp += (double) both / predSize.get(predicted.get(id));
            br += (double) both / goldSize.get(gold.get(id));
        }
        bp /= ids.size();
        br /= ids.size();
        return new Scores(p, r, f1(p, r), bp, br, f1(bp, br));
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format("pairwise F1 %.4f (P %.4f R %.4f)  BCubed F1 %.4f (P %.4f R %.4f)",
                pairwiseF1, pairwiseP, pairwiseR, bcubedF1, bcubedP, bcubedR);
    }
}
