package org.newsdesk.extract;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes every field of the extracted article of each page to one file, so that two builds' outputs can be compared
 * byte for byte ({@code cmp}) after a change meant to keep them the same. Not a unit test: {@code java -cp
 * target/test-classes:CLASSES:… org.newsdesk.extract.ExtractionOutputs PAGES_DIR OUT_FILE}, where CLASSES is the
 * build to run. Single-threaded.
 */
public final class ExtractionOutputs {

    private ExtractionOutputs() {
    }

    public static void main(String[] args) throws IOException {
        ArticleExtractor extractor = new ArticleExtractor();
        try (Writer out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (Path path : ExtractRun.pages(Path.of(args[0]))) {
                PageFile page = PageFile.read(path);
                if (page.plainText()) continue;
                // the record's toString names and prints every field, lists and nested records included
                out.write(path.getFileName() + "\n" + extractor.extract(page.content(), page.url()) + "\n\n");
            }
        }
    }
}
