package org.newsdesk.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.compress.LZ4;

/**
 * Article bodies as the index keeps them for snippets: each body packed on its own (LZ4) in a binary doc value,
 * rather than among the stored fields. Stored fields are compressed in blocks of many articles, so reading one
 * body unpacked tens of kilobytes of its neighbours, half the cost of reading a page of hits; a body packed alone
 * unpacks only itself, and takes about as much room. Thread-safe (stateless).
 */
final class BodyTexts {

    private BodyTexts() {}

    /** The body packed for {@link ArticleDocument#BODY_TEXT}: its length in UTF-8 bytes, then those bytes packed. */
    static BytesRef pack(String body) {
        byte[] utf8 = body.getBytes(StandardCharsets.UTF_8);
        ByteBuffersDataOutput out = new ByteBuffersDataOutput(utf8.length / 2 + 16);
        try {
            out.writeVInt(utf8.length);
            LZ4.compress(utf8, 0, utf8.length, out, new LZ4.FastCompressionHashTable());
        } catch (IOException e) {
            throw new IllegalStateException("packing into memory cannot fail", e);
        }
        return new BytesRef(out.toArrayCopy());
    }

    static String unpack(BytesRef packed) throws IOException {
        ByteArrayDataInput in = new ByteArrayDataInput(packed.bytes, packed.offset, packed.length);
        int length = in.readVInt();
        byte[] utf8 = new byte[length];
        LZ4.decompress(in, length, utf8, 0);
        return new String(utf8, StandardCharsets.UTF_8);
    }

    /** The bodies of the documents (ids in the whole index), by id; "" for a document without one. */
    static Map<Integer, String> read(IndexReader reader, int... docs) throws IOException {
        int[] sorted = docs.clone();
        Arrays.sort(sorted);
        List<LeafReaderContext> leaves = reader.leaves();
        Map<Integer, String> bodies = new HashMap<>();
        BinaryDocValues values = DocValues.emptyBinary();
        int leafIndex = -1;
        for (int doc : sorted) {
            if (bodies.containsKey(doc)) continue;
            int at = ReaderUtil.subIndex(doc, leaves);
            LeafReaderContext leaf = leaves.get(at);
            // Doc values move forward only: a fresh iterator per segment, the ids sorted within it.
            if (at != leafIndex) {
                values = DocValues.getBinary(leaf.reader(), ArticleDocument.BODY_TEXT);
                leafIndex = at;
            }
            bodies.put(doc, values.advanceExact(doc - leaf.docBase) ? unpack(values.binaryValue()) : "");
        }
        return bodies;
    }
}
