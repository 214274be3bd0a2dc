package org.newsdesk.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.compress.LZ4;
import org.jspecify.annotations.Nullable;

/**
 * What a search hit shows of an article, body included, packed on its own (LZ4) in one binary doc value
 * ({@link ArticleDocument#HIT}). Stored fields are compressed in blocks of many articles: reading one hit's fields
 * unpacked its neighbours too, which was a third of reading a page of hits; a hit packed alone unpacks only itself.
 * Immutable.
 */
record PackedHit(long articleId, long sourceId, String title, String url, String sourceTitle, long shownAt,
                 @Nullable String byline, @Nullable String language, List<String> categories, List<String> tags,
                 String body) {

    PackedHit {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(sourceTitle, "sourceTitle");
        Objects.requireNonNull(body, "body");
        categories = List.copyOf(categories);
        tags = List.copyOf(tags);
    }

    /** The hit as a page shows it, with its snippet and marked title (null: the title as it is). */
    SearchHit hit(float score, String snippet, @Nullable String titleHtml) {
        return new SearchHit(articleId, sourceId, title, url, sourceTitle, Instant.ofEpochMilli(shownAt),
                Float.isNaN(score) ? 0f : score, snippet, titleHtml != null ? titleHtml : SnippetFormatter.escape(title),
                byline, language, categories, tags);
    }

    /** The fields in a fixed order as UTF-8 and numbers, all of it packed, after its unpacked length. */
    BytesRef pack() {
        ByteBuffersDataOutput fields = new ByteBuffersDataOutput(body.length() + 256);
        ByteBuffersDataOutput packed = new ByteBuffersDataOutput(body.length() / 2 + 128);
        try {
            fields.writeVLong(articleId);
            fields.writeVLong(sourceId);
            fields.writeLong(shownAt);
            fields.writeString(title);
            fields.writeString(url);
            fields.writeString(sourceTitle);
            writeNullable(fields, byline);
            writeNullable(fields, language);
            writeList(fields, categories);
            writeList(fields, tags);
            fields.writeString(body);
            byte[] bytes = fields.toArrayCopy();
            packed.writeVInt(bytes.length);
            LZ4.compress(bytes, 0, bytes.length, packed, new LZ4.FastCompressionHashTable());
        } catch (IOException e) {
            throw new IllegalStateException("packing into memory cannot fail", e);
        }
        return new BytesRef(packed.toArrayCopy());
    }

    static PackedHit unpack(BytesRef packed) throws IOException {
        ByteArrayDataInput in = new ByteArrayDataInput(packed.bytes, packed.offset, packed.length);
        int length = in.readVInt();
        byte[] bytes = new byte[length];
        LZ4.decompress(in, length, bytes, 0);
        ByteArrayDataInput fields = new ByteArrayDataInput(bytes);
        long articleId = fields.readVLong();
        long sourceId = fields.readVLong();
        long shownAt = fields.readLong();
        String title = readString(fields, bytes);
        String url = readString(fields, bytes);
        String sourceTitle = readString(fields, bytes);
        String byline = readNullable(fields, bytes);
        String language = readNullable(fields, bytes);
        List<String> categories = readList(fields, bytes);
        List<String> tags = readList(fields, bytes);
        return new PackedHit(articleId, sourceId, title, url, sourceTitle, shownAt, byline, language, categories, tags,
                readString(fields, bytes));
    }

    /**
     * A string as {@link ByteBuffersDataOutput#writeString} wrote it, decoded where it lies in the unpacked bytes:
     * {@link DataInput#readString} copies its bytes out first, a copy of every body a page of hits shows.
     */
    private static String readString(ByteArrayDataInput in, byte[] bytes) {
        int length = in.readVInt();
        String value = new String(bytes, in.getPosition(), length, StandardCharsets.UTF_8);
        in.skipBytes(length);
        return value;
    }

    /**
     * The hits of the documents (ids in the whole index), by id.
     *
     * @throws IllegalStateException when a document has no packed hit, which an index of this layout always has
     */
    static Map<Integer, PackedHit> read(IndexReader reader, int... docs) throws IOException {
        int[] sorted = docs.clone();
        Arrays.sort(sorted);
        List<LeafReaderContext> leaves = reader.leaves();
        Map<Integer, PackedHit> hits = new HashMap<>();
        BinaryDocValues values = DocValues.emptyBinary();
        int leafIndex = -1;
        for (int doc : sorted) {
            if (hits.containsKey(doc)) continue;
            int at = ReaderUtil.subIndex(doc, leaves);
            LeafReaderContext leaf = leaves.get(at);
            // Doc values move forward only: a fresh iterator per segment, the ids sorted within it.
            if (at != leafIndex) {
                values = DocValues.getBinary(leaf.reader(), ArticleDocument.HIT);
                leafIndex = at;
            }
            if (!values.advanceExact(doc - leaf.docBase)) throw new IllegalStateException("no packed hit for doc " + doc);
            hits.put(doc, unpack(values.binaryValue()));
        }
        return hits;
    }

    private static void writeNullable(ByteBuffersDataOutput out, @Nullable String value) throws IOException {
        out.writeByte((byte) (value == null ? 0 : 1));
        if (value != null) out.writeString(value);
    }

    private static @Nullable String readNullable(ByteArrayDataInput in, byte[] bytes) {
        return in.readByte() == 0 ? null : readString(in, bytes);
    }

    private static void writeList(ByteBuffersDataOutput out, List<String> values) throws IOException {
        out.writeVInt(values.size());
        for (String value : values) out.writeString(value);
    }

    private static List<String> readList(ByteArrayDataInput in, byte[] bytes) {
        int size = in.readVInt();
        List<String> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) values.add(readString(in, bytes));
        return values;
    }
}
