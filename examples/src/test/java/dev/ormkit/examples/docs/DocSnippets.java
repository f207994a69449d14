package dev.ormkit.examples.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Java snippets of a Markdown page and the tagged regions of source files they come from.
 *
 * <p>A page marks each {@code ```java} block with an HTML comment on the line before it: either
 * {@code <!-- snippet: examples/src/test/java/.../Tour.java#paging -->} (the block is the region between
 * {@code // tag::paging[]} and {@code // end::paging[]} of that file, a path from the repository root, dedented), or
 * {@code <!-- snippet: illustration -->} for a line that is not meant to compile on its own. Several regions,
 * separated by commas, are joined in order ({@code Owner.java#quick-start, QuickStartTest.java#quick-start}).
 */
final class DocSnippets {

    static final String UPDATE_COMMAND = "./mvnw -pl examples -am verify -Dtest=DocSnippetsTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dsnippets.update=true";

    private static final Pattern MARKER = Pattern.compile("^<!-- snippet: (.+?) -->\\s*$");
    private static final Pattern TAG = Pattern.compile("^\\s*// (tag|end)::([\\w-]+)\\[]\\s*$");

    /** One {@code ```java} block: where it is, what it says, and the source it names (empty when unmarked). */
    record Block(Path page, int line, String source, String text, int firstLine, int lastLine) {

        boolean marked() {
            return !source.isEmpty();
        }

        boolean illustration() {
            return source.equals("illustration");
        }

        String where(Path root) {
            return root.relativize(page) + ":" + line;
        }
    }

    private DocSnippets() {}

    static List<Block> blocks(Path page) {
        List<String> lines = read(page);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).strip().equals("```java")) {
                continue;
            }
            int end = i + 1;
            while (end < lines.size() && !lines.get(end).strip().equals("```")) {
                end++;
            }
            Matcher marker = MARKER.matcher(i > 0 ? lines.get(i - 1).strip() : "");
            String source = marker.matches() ? marker.group(1).strip() : "";
            blocks.add(new Block(page, i + 1, source, String.join("\n", lines.subList(i + 1, end)), i + 1, end));
            i = end;
        }
        return blocks;
    }

    /**
     * The region {@code tag} of {@code file}: the lines between its tag and end markers, other markers left out. A
     * region may come in several parts (a class, then code from a method body), joined in file order; each part loses
     * as much indentation as its {@code // tag::} line has, so the marker's column says where the snippet's left
     * margin is.
     */
    static String region(Path file, String tag) {
        List<String> lines = new ArrayList<>();
        boolean found = false;
        int margin = -1;
        for (String line : read(file)) {
            Matcher marker = TAG.matcher(line);
            if (marker.matches()) {
                if (marker.group(2).equals(tag)) {
                    boolean opens = marker.group(1).equals("tag");
                    margin = opens ? line.length() - line.stripLeading().length() : -1;
                    found |= opens;
                }
                continue;
            }
            if (margin >= 0) {
                int cut = Math.min(margin, line.length() - line.stripLeading().length());
                lines.add(line.substring(cut).stripTrailing());
            }
        }
        if (!found) {
            throw new IllegalArgumentException("no region '" + tag + "' in " + file
                    + ": mark it with // tag::" + tag + "[] and // end::" + tag + "[]");
        }
        return String.join("\n", lines);
    }

    /** {@code page} with its {@code blocks} (as {@link #blocks} found them) replaced by {@code texts}, in order. */
    static String rewrite(Path page, List<Block> blocks, List<String> texts) {
        List<String> lines = new ArrayList<>(read(page));
        for (int b = blocks.size() - 1; b >= 0; b--) {
            Block block = blocks.get(b);
            List<String> body = lines.subList(block.firstLine(), block.lastLine());
            body.clear();
            body.addAll(List.of(texts.get(b).split("\n", -1)));
        }
        return String.join("\n", lines) + "\n";
    }

    static String normalised(String text) {
        return String.join("\n", text.lines().map(String::stripTrailing).toList()).strip();
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
