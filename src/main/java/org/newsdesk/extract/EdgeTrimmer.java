package org.newsdesk.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Trims the clean body's edges: short lines that are not sentences before the first paragraph (bylines,
 * datelines, "5 min read") and headings or labels after the last one ("More in Milan", "Tags"). Inside the body
 * such lines are kept, as there they are usually subheadings. Stateless.
 */
final class EdgeTrimmer {

    /** What a sentence ends with; the text is normalized, so its last character is never white space. */
    private static final String SENTENCE_END = ".!?…:;\"”’»)。！？";
    /** Every sign-off the pattern knows holds one of these (in lower case): most lines are passed over unread. */
    private static final String[] SIGN_OFF_WORDS = {
        "follow", "mail", "contact", "reach", "tip", "sign", "subscribe", "join", "newsletter", "@"
    };
    private static final int SHORT_WORDS = 8;
    /** Sign-offs after the last paragraph: how to reach or follow the writer, newsletter and forum invitations. */
    private static final Pattern SIGN_OFF = Pattern.compile(
            "(?iu)(follow (him|her|them|us|me)\\b|(email|contact|reach) (him|her|them|me|us)\\b|"
            + "(may|can) be reached at|have a (news )?tip\\?|sign up (for|to)|subscribe to|"
            + "\\bjoin (our|the) .{0,40}(forum|community|discussion)|newsletter|"
            + "[\\w.+-]+@[\\w-]+\\.[\\w.]+)");

    private EdgeTrimmer() {
    }

    static void trim(Element body) {
        List<Element> blocks = body.children();
        for (Element b : blocks) {
            if (!isLabel(b, false)) break;
            b.remove();
        }
        List<Element> rest = body.children();
        for (int i = rest.size() - 1; i >= 0; i--) {
            if (!isLabel(rest.get(i), true) && !isSignOff(rest.get(i))) break;
            rest.get(i).remove();
        }
    }

    private static boolean isSignOff(Element block) {
        if (!block.nameIs("p")) return false;
        String text = block.text();
        if (text.length() >= 300) return false;
        String folded = Text.fold(text);
        for (String w : SIGN_OFF_WORDS) if (folded.contains(w)) return SIGN_OFF.matcher(text).find();
        return false;
    }

    private static boolean isLabel(Element block, boolean atEnd) {
        String name = block.normalName();
        boolean heading = name.length() == 2 && name.charAt(0) == 'h';
        // only a paragraph's words are read: any other block is a label when blank, a heading at the end too, and
        // the text of a large block is not built to learn that it is not blank
        if (heading) return atEnd || isBlank(block);
        if (!name.equals("p")) return !name.equals("figure") && !name.equals("table") && isBlank(block);
        String text = Text.normalize(block.text());
        if (text.isEmpty()) return true;
        if (SENTENCE_END.indexOf(text.charAt(text.length() - 1)) >= 0) return false;
        return words(text) < SHORT_WORDS;
    }

    /** Whether the block's normalized text is empty; built only when no visible character shows first. */
    private static boolean isBlank(Element block) {
        return !Text.hasVisible(block) && Text.normalize(block.text()).isEmpty();
    }

    private static int words(String text) {
        int cjk = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN
                    || Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HIRAGANA) {
                cjk++;
            }
        }
        return Text.wordCount(text) + cjk / 2;
    }
}
