package org.newsdesk.web;

import gg.jte.TemplateOutput;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A page rendered as UTF-8 into one growing array. jte's own byte output encodes every piece of text into an
 * array of its own, a piece of a string into a substring first, and joins the pieces at the end: a page is some
 * hundred pieces, most of them short and ASCII (escaped text comes in pieces between the characters it escapes),
 * which this copies straight in. The template's own text comes as bytes already. Not thread-safe: one per page.
 */
final class PageOutput implements TemplateOutput {

    /** Above this, a string is encoded by the JDK, which is faster on long strings than a loop over characters. */
    private static final int SHORT = 64;

    private byte[] bytes;
    private int size;

    PageOutput(int capacity) {
        bytes = new byte[capacity];
    }

    @Override
    public void writeContent(String value) {
        writeContent(value, 0, value.length());
    }

    @Override
    public void writeContent(String value, int beginIndex, int endIndex) {
        int length = endIndex - beginIndex;
        if (length > SHORT) {
            writeBinaryContent((beginIndex == 0 && endIndex == value.length() ? value
                    : value.substring(beginIndex, endIndex)).getBytes(StandardCharsets.UTF_8));
            return;
        }
        room(length);
        for (int i = beginIndex; i < endIndex; i++) {
            char c = value.charAt(i);
            if (c >= 0x80) {
                // Not ASCII: the JDK encodes the rest, surrogate pairs and all.
                writeBinaryContent(value.substring(i, endIndex).getBytes(StandardCharsets.UTF_8));
                return;
            }
            bytes[size++] = (byte) c;
        }
    }

    @Override
    public void writeBinaryContent(byte[] value) {
        room(value.length);
        System.arraycopy(value, 0, bytes, size, value.length);
        size += value.length;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    private void room(int more) {
        if (size + more > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(size + more, bytes.length * 2));
    }
}
