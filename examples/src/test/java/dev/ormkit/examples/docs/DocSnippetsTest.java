package dev.ormkit.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.ormkit.examples.docs.DocSnippets.Block;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Java snippet in {@code docs/*.md} and {@code README.md} is a region of a compiled, tested source file, word
 * for word. Run with {@code -Dsnippets.update=true} to rewrite the pages from their sources instead of checking.
 */
class DocSnippetsTest {

    private static final boolean UPDATE = Boolean.getBoolean("snippets.update");

    @Test
    void everyJavaSnippetInTheDocsIsItsSourceRegion() throws IOException {
        Path root = repositoryRoot();
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Path page : pages(root)) {
            List<Block> blocks = DocSnippets.blocks(page);
            List<String> texts = new ArrayList<>();
            for (Block block : blocks) {
                texts.add(block.text());
                if (!block.marked()) {
                    problems.add(block.where(root) + ": a ```java block without a source. Put the code in a compiled "
                            + "file (examples/src/test/java/dev/ormkit/examples/docs/ holds the docs' sources) between "
                            + "// tag::name[] and // end::name[], and write <!-- snippet: <path from the repository root>#name --> "
                            + "on the line before the block; for a line that is not meant to compile, "
                            + "<!-- snippet: illustration -->.");
                    continue;
                }
                if (block.illustration()) {
                    continue;
                }
                String expected;
                try {
                    expected = source(root, block);
                } catch (IllegalArgumentException broken) {
                    problems.add(block.where(root) + ": " + broken.getMessage());
                    continue;
                }
                checked++;
                if (!DocSnippets.normalised(expected).equals(DocSnippets.normalised(block.text()))) {
                    if (UPDATE) {
                        texts.set(texts.size() - 1, expected);
                    } else {
                        problems.add(block.where(root) + ": the snippet differs from its source " + block.source()
                                + ". Change the source (it is compiled and tested), then copy it into the page with\n    "
                                + DocSnippets.UPDATE_COMMAND + "\n  page:\n" + indent(block.text()) + "\n  source:\n"
                                + indent(expected));
                    }
                }
            }
            if (UPDATE) {
                String rewritten = DocSnippets.rewrite(page, blocks, texts);
                if (!rewritten.equals(Files.readString(page))) {
                    Files.writeString(page, rewritten);
                }
            }
        }
        if (!problems.isEmpty()) {
            fail(problems.size() + " snippet(s) need attention:\n" + String.join("\n\n", problems));
        }
        assertThat(checked).as("snippets checked").isPositive();
    }

    /** The text a marker names: one region, or several ({@code a.java#x, b.java#y}) joined in that order. */
    private static String source(Path root, Block block) {
        List<String> regions = new ArrayList<>();
        for (String reference : block.source().split(",\\s*")) {
            regions.add(region(root, reference));
        }
        return String.join("\n", regions);
    }

    private static String region(Path root, String reference) {
        int hash = reference.indexOf('#');
        if (hash < 0) {
            throw new IllegalArgumentException("the marker names no region: write <!-- snippet: " + reference
                    + "#name -->");
        }
        Path file = root.resolve(reference.substring(0, hash));
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("the marker names " + file + ", which does not exist; paths start at the "
                    + "repository root, for example examples/src/test/java/dev/ormkit/examples/docs/...");
        }
        return DocSnippets.region(file, reference.substring(hash + 1));
    }

    private static List<Path> pages(Path root) throws IOException {
        List<Path> pages = new ArrayList<>();
        pages.add(root.resolve("README.md"));
        try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
            docs.filter(path -> path.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }

    /** The checkout's root: the nearest folder up from the module that holds both {@code docs/} and {@code mvnw}. */
    static Path repositoryRoot() {
        Path current = Path.of("").toAbsolutePath();
        while (current != null) {
            if (Files.isDirectory(current.resolve("docs")) && Files.isRegularFile(current.resolve("mvnw"))) {
                return current;
            }
            current = current.getParent();
        }
        throw new IllegalStateException("No folder with docs/ and mvnw above " + Path.of("").toAbsolutePath());
    }

    private static String indent(String text) {
        return String.join("\n", text.lines().map(line -> "    | " + line).toList());
    }
}
