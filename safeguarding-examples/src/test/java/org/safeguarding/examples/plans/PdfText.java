package org.safeguarding.examples.plans;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.jspecify.annotations.Nullable;

/**
 * The text of one page of a PDF, read well enough for a test to check what a page says, without a
 * PDF library in the build.
 *
 * <p>It reads the PDFs that headless Chromium (Skia) prints: a classic, unencrypted file whose
 * objects are written out one by one ({@code N 0 obj ... endobj}), streams compressed with {@code
 * /FlateDecode}, and text in embedded fonts that each carry a {@code /ToUnicode} CMap (Type0 fonts
 * with {@code /Identity-H} two-byte codes, or simple fonts with one-byte codes). Object streams
 * ({@code /Type /ObjStm}) are read too, although Chromium does not write them today. It is not a
 * general PDF reader: on anything outside that, such as another compression filter, encryption or a
 * font without {@code /ToUnicode}, it throws an {@link IllegalStateException} that says what it
 * could not read, rather than returning too little text.
 *
 * <p>The text comes out in the order the page draws it. Words are separated by the space glyphs the
 * page shows and, where a run of glyphs starts a visible gap after the previous one, by a space; a
 * run that starts on another line starts a new line. That is rough layout, not pdftotext's, so
 * compare text with its whitespace collapsed.
 */
final class PdfText {

  /** How deep page trees and forms drawn inside forms may nest before the file is suspect. */
  private static final int MAX_DEPTH = 32;

  /** {@code N G obj} at the start of an indirect object. */
  private static final Pattern OBJ = Pattern.compile("(?<![0-9])(\\d+)\\s+(\\d+)\\s+obj\\b");

  private PdfText() {}

  /** The number of pages in {@code pdf}. */
  static int pageCount(byte[] pdf) {
    return new Document(pdf).pages().size();
  }

  /**
   * The text of page {@code number} (counting from 1) of {@code pdf}.
   *
   * @throws IllegalArgumentException if there is no such page
   * @throws IllegalStateException if the file, or the page, is beyond what this reader can read
   */
  static String page(byte[] pdf, int number) {
    Document document = new Document(pdf);
    List<Map<String, Object>> pages = document.pages();
    if (number < 1 || number > pages.size()) {
      throw new IllegalArgumentException(
          "page " + number + " asked for, but the PDF has " + pages.size() + " pages");
    }
    Map<String, Object> page = pages.get(number - 1);
    TextWriter writer = new TextWriter(document);
    Map<String, Object> resources = document.dict(page.get("Resources"), "page's /Resources");
    Object contents = document.resolve(page.get("Contents"));
    if (contents instanceof List<?> parts) {
      // An array of content streams is one stream split in pieces: an operator may not span
      // two pieces, but the pieces are drawn as if joined with white space between them.
      ByteArrayOutputStream joined = new ByteArrayOutputStream();
      for (Object part : parts) {
        joined.writeBytes(document.decode(document.stream(part, "page's /Contents")));
        joined.write('\n');
      }
      writer.draw(joined.toByteArray(), resources, identity(), 0);
    } else if (contents != null) {
      writer.draw(
          document.decode(document.stream(contents, "page's /Contents")), resources, identity(), 0);
    }
    return writer.text();
  }

  // ---------------------------------------------------------------------------------------------
  // The file: its objects, the page tree and stream decoding.
  // ---------------------------------------------------------------------------------------------

  /** A PDF name, such as {@code /Font}, without its slash. */
  private record Name(String value) {}

  /** An indirect reference, {@code 12 0 R}. */
  private record Ref(int number, int generation) {}

  /**
   * A string, literal {@code (...)} or hexadecimal {@code <...>}, as the bytes it holds. Strings
   * are read, never compared, so the array's identity equality does no harm.
   */
  @SuppressWarnings("ArrayRecordComponent")
  private record Bytes(byte[] value) {}

  /** A bare word: an operator in a content stream, or a keyword in a CMap. */
  private record Keyword(String value) {}

  /** A stream: its dictionary and its bytes, still encoded. Streams are not compared either. */
  @SuppressWarnings("ArrayRecordComponent")
  private record Stream(Map<String, Object> dict, byte[] raw) {}

  /** PDF's {@code null}, which Java collections cannot hold. */
  private static final Object NULL = new Object();

  /** The objects of one PDF file, found by scanning it from start to end. */
  private static final class Document {

    private final byte[] pdf;
    private final Map<Integer, Object> objects = new HashMap<>();
    private @Nullable Map<String, Object> trailer;

    Document(byte[] pdf) {
      this.pdf = pdf;
      if (!new String(pdf, 0, Math.min(pdf.length, 1024), StandardCharsets.ISO_8859_1)
          .contains("%PDF-")) {
        throw new IllegalStateException("not a PDF: no %PDF- header in its first 1024 bytes");
      }
      readObjects();
      for (Object object : List.copyOf(objects.values())) {
        if (object instanceof Stream stream && isName(stream.dict().get("Type"), "ObjStm")) {
          readObjectStream(stream);
        }
      }
      if (objects.isEmpty()) {
        throw new IllegalStateException("no 'N 0 obj' objects found in the PDF");
      }
    }

    /**
     * Reads every {@code N G obj ... endobj} in the file, in order, stepping over each stream's
     * bytes so that nothing inside compressed data is mistaken for an object. A later object of the
     * same number replaces an earlier one, as an incremental update does.
     */
    private void readObjects() {
      String text = new String(pdf, StandardCharsets.ISO_8859_1);
      Matcher matcher = OBJ.matcher(text);
      int from = 0;
      while (from < pdf.length && matcher.find(from)) {
        int number = Integer.parseInt(matcher.group(1));
        Lexer lexer = new Lexer(pdf, matcher.end(), true);
        Object value = lexer.readObject();
        lexer.skipWhitespace();
        if (lexer.startsWith("stream")) {
          if (!(value instanceof Map<?, ?>)) {
            throw new IllegalStateException("object " + number + " has a stream but no dictionary");
          }
          Map<String, Object> dict = castDict(value);
          int start = lexer.position() + "stream".length();
          // The keyword stream ends with CR LF or LF; the data starts after it.
          if (start < pdf.length && pdf[start] == '\r') {
            start++;
          }
          if (start < pdf.length && pdf[start] == '\n') {
            start++;
          }
          int end = streamEnd(number, dict, start);
          value = new Stream(dict, Arrays.copyOfRange(pdf, start, end));
          lexer.seek(text.indexOf("endstream", end) + "endstream".length());
        }
        objects.put(number, value);
        lexer.skipWhitespace();
        if (lexer.startsWith("endobj")) {
          lexer.seek(lexer.position() + "endobj".length());
        }
        from = lexer.position();
      }
      int trailerAt = text.lastIndexOf("trailer");
      if (trailerAt >= 0) {
        Object dict = new Lexer(pdf, trailerAt + "trailer".length(), true).readObject();
        if (dict instanceof Map<?, ?>) {
          trailer = castDict(dict);
        }
      }
    }

    /**
     * Where the data of object {@code number}'s stream ends: after {@code /Length} bytes when the
     * length is written as a number and {@code endstream} follows there; otherwise just before the
     * next {@code endstream}, less the end of line that precedes it.
     */
    private int streamEnd(int number, Map<String, Object> dict, int start) {
      if (dict.get("Length") instanceof Double length) {
        int end = start + length.intValue();
        if (end <= pdf.length) {
          Lexer after = new Lexer(pdf, end, true);
          after.skipWhitespace();
          if (after.startsWith("endstream")) {
            return end;
          }
        }
      }
      int end = indexOf("endstream", start);
      if (end < 0) {
        throw new IllegalStateException("object " + number + "'s stream has no endstream");
      }
      if (end > start && pdf[end - 1] == '\n') {
        end--;
      }
      if (end > start && pdf[end - 1] == '\r') {
        end--;
      }
      return end;
    }

    private int indexOf(String word, int from) {
      byte[] target = word.getBytes(StandardCharsets.ISO_8859_1);
      outer:
      for (int i = from; i <= pdf.length - target.length; i++) {
        for (int j = 0; j < target.length; j++) {
          if (pdf[i + j] != target[j]) {
            continue outer;
          }
        }
        return i;
      }
      return -1;
    }

    /**
     * Reads the objects packed in an object stream: {@code /N} pairs of object number and offset
     * (from {@code /First}), then the objects themselves, none of them streams.
     */
    private void readObjectStream(Stream stream) {
      byte[] data = decode(stream);
      int count = number(stream.dict().get("N"), "object stream's /N");
      int first = number(stream.dict().get("First"), "object stream's /First");
      Lexer header = new Lexer(data, 0, false);
      for (int i = 0; i < count; i++) {
        int number = number(header.readObject(), "object number in an object stream");
        int offset = number(header.readObject(), "object offset in an object stream");
        // An object written out in the file itself is newer than one packed in a stream.
        objects.putIfAbsent(number, new Lexer(data, first + offset, true).readObject());
      }
    }

    /** The page dictionaries in reading order, each with its inherited /Resources filled in. */
    List<Map<String, Object>> pages() {
      Map<String, Object> catalog;
      if (trailer != null) {
        catalog = dict(trailer.get("Root"), "trailer's /Root");
      } else {
        // A file with a cross-reference stream has its trailer in that stream's dictionary.
        catalog =
            objects.values().stream()
                .filter(o -> o instanceof Stream s && isName(s.dict().get("Type"), "XRef"))
                .map(o -> dict(((Stream) o).dict().get("Root"), "cross-reference stream's /Root"))
                .reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("no trailer and no /Type /XRef"));
      }
      List<Map<String, Object>> pages = new ArrayList<>();
      collectPages(dict(catalog.get("Pages"), "catalog's /Pages"), null, pages, 0);
      return pages;
    }

    private void collectPages(
        Map<String, Object> node,
        @Nullable Object inheritedResources,
        List<Map<String, Object>> pages,
        int depth) {
      if (depth > MAX_DEPTH) {
        throw new IllegalStateException("page tree nested deeper than " + MAX_DEPTH);
      }
      Object resources = node.containsKey("Resources") ? node.get("Resources") : inheritedResources;
      Object type = resolve(node.get("Type"));
      if (isName(type, "Pages") || (type == null && node.containsKey("Kids"))) {
        for (Object kid : list(node.get("Kids"), "/Kids of a /Pages node")) {
          collectPages(dict(kid, "page tree node"), resources, pages, depth + 1);
        }
      } else if (isName(type, "Page") || type == null) {
        Map<String, Object> page = new HashMap<>(node);
        if (resources == null) {
          throw new IllegalStateException("page " + (pages.size() + 1) + " has no /Resources");
        }
        page.put("Resources", resources);
        pages.add(page);
      } else {
        throw new IllegalStateException("page tree node of /Type " + type + " is not a page");
      }
    }

    /** {@code value}, or the object it refers to; {@code null} for PDF null or a missing one. */
    @Nullable Object resolve(@Nullable Object value) {
      for (int hops = 0; value instanceof Ref ref; hops++) {
        if (hops > MAX_DEPTH) {
          throw new IllegalStateException("references loop at object " + ref.number());
        }
        if (!objects.containsKey(ref.number())) {
          throw new IllegalStateException(
              "object " + ref.number() + " " + ref.generation() + " R is referred to but missing");
        }
        value = objects.get(ref.number());
      }
      return value == NULL ? null : value;
    }

    Map<String, Object> dict(@Nullable Object value, String what) {
      Object resolved = resolve(value);
      if (resolved instanceof Stream stream) {
        return stream.dict();
      }
      if (!(resolved instanceof Map<?, ?>)) {
        throw new IllegalStateException(what + " is not a dictionary but " + describe(resolved));
      }
      return castDict(resolved);
    }

    @Nullable Map<String, Object> optionalDict(@Nullable Object value, String what) {
      return resolve(value) == null ? null : dict(value, what);
    }

    List<?> list(@Nullable Object value, String what) {
      Object resolved = resolve(value);
      if (!(resolved instanceof List<?> list)) {
        throw new IllegalStateException(what + " is not an array but " + describe(resolved));
      }
      return list;
    }

    Stream stream(@Nullable Object value, String what) {
      Object resolved = resolve(value);
      if (!(resolved instanceof Stream stream)) {
        throw new IllegalStateException(what + " is not a stream but " + describe(resolved));
      }
      return stream;
    }

    int number(@Nullable Object value, String what) {
      return (int) real(value, what);
    }

    double real(@Nullable Object value, String what) {
      Object resolved = resolve(value);
      if (!(resolved instanceof Double number)) {
        throw new IllegalStateException(what + " is not a number but " + describe(resolved));
      }
      return number;
    }

    /** The decoded bytes of {@code stream}: as they are, or inflated if /FlateDecode. */
    byte[] decode(Stream stream) {
      Object filter = resolve(stream.dict().get("Filter"));
      if (filter instanceof List<?> filters && filters.size() == 1) {
        filter = resolve(filters.get(0));
      }
      if (filter == null) {
        return stream.raw();
      }
      if (!isName(filter, "FlateDecode")) {
        throw new IllegalStateException("stream filter " + describe(filter) + " is not supported");
      }
      Map<String, Object> parms = optionalDict(stream.dict().get("DecodeParms"), "/DecodeParms");
      if (parms != null && parms.containsKey("Predictor")) {
        if (number(parms.get("Predictor"), "/Predictor") > 1) {
          throw new IllegalStateException("/FlateDecode with a /Predictor is not supported");
        }
      }
      return inflate(stream.raw());
    }

    private static byte[] inflate(byte[] compressed) {
      Inflater inflater = new Inflater();
      try {
        inflater.setInput(compressed);
        ByteArrayOutputStream out = new ByteArrayOutputStream(compressed.length * 4);
        byte[] buffer = new byte[8192];
        while (!inflater.finished()) {
          int n = inflater.inflate(buffer);
          if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
            throw new IllegalStateException("/FlateDecode stream is truncated");
          }
          out.write(buffer, 0, n);
        }
        return out.toByteArray();
      } catch (DataFormatException e) {
        throw new IllegalStateException("/FlateDecode stream is corrupt: " + e.getMessage(), e);
      } finally {
        inflater.end();
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> castDict(Object value) {
    return (Map<String, Object>) value;
  }

  private static boolean isName(@Nullable Object value, String name) {
    return value instanceof Name n && n.value().equals(name);
  }

  private static String describe(@Nullable Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Name name) {
      return "/" + name.value();
    }
    if (value instanceof Stream) {
      return "a stream";
    }
    if (value instanceof Bytes) {
      return "a string";
    }
    return value instanceof Map<?, ?> ? "a dictionary" : String.valueOf(value);
  }

  // ---------------------------------------------------------------------------------------------
  // Tokens and objects: the syntax shared by the file, content streams and CMaps.
  // ---------------------------------------------------------------------------------------------

  /** Reads PDF objects from bytes: numbers, names, strings, arrays, dictionaries, keywords. */
  private static final class Lexer {

    private final byte[] data;
    private int pos;

    /** Whether {@code N G R} is a reference; true in the file, false in content streams. */
    private final boolean references;

    Lexer(byte[] data, int pos, boolean references) {
      this.data = data;
      this.pos = pos;
      this.references = references;
    }

    int position() {
      return pos;
    }

    void seek(int position) {
      pos = position;
    }

    boolean atEnd() {
      skipWhitespace();
      return pos >= data.length;
    }

    boolean startsWith(String word) {
      if (pos + word.length() > data.length) {
        return false;
      }
      for (int i = 0; i < word.length(); i++) {
        if (data[pos + i] != word.charAt(i)) {
          return false;
        }
      }
      return true;
    }

    private static boolean isWhitespace(int c) {
      return c == 0 || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' ';
    }

    private static boolean isDelimiter(int c) {
      return "()<>[]{}/%".indexOf(c) >= 0;
    }

    /** Skips white space and comments. */
    void skipWhitespace() {
      while (pos < data.length) {
        int c = data[pos] & 0xff;
        if (isWhitespace(c)) {
          pos++;
        } else if (c == '%') {
          while (pos < data.length && data[pos] != '\n' && data[pos] != '\r') {
            pos++;
          }
        } else {
          return;
        }
      }
    }

    /**
     * The next object: a {@link Double}, {@link Name}, {@link Bytes}, {@link Boolean}, {@link
     * #NULL}, {@link Ref}, {@code List<Object>}, {@code Map<String, Object>} or, for any other bare
     * word, a {@link Keyword}.
     */
    Object readObject() {
      skipWhitespace();
      if (pos >= data.length) {
        throw new IllegalStateException("unexpected end of data at byte " + pos);
      }
      int c = data[pos] & 0xff;
      switch (c) {
        case '/' -> {
          return readName();
        }
        case '(' -> {
          return readLiteralString();
        }
        case '[' -> {
          return readArray();
        }
        case '<' -> {
          return pos + 1 < data.length && data[pos + 1] == '<' ? readDictionary() : readHexString();
        }
        case ']', '>', ')' ->
            throw new IllegalStateException("unexpected '" + (char) c + "' at byte " + pos);
        case '{', '}' -> {
          pos++;
          return new Keyword(String.valueOf((char) c));
        }
        default -> {
          // A number or a keyword, read below.
        }
      }
      String word = readWord();
      if (word.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)")) {
        double number = Double.parseDouble(word);
        if (references && word.matches("\\d+")) {
          // N G R: look ahead for the generation and R; put everything back if they are absent.
          int mark = pos;
          skipWhitespace();
          String generation = pos < data.length && Character.isDigit(data[pos]) ? readWord() : "";
          skipWhitespace();
          if (generation.matches("\\d+") && pos < data.length && data[pos] == 'R') {
            int at = pos;
            if (readWord().equals("R")) {
              return new Ref(Integer.parseInt(word), Integer.parseInt(generation));
            }
            pos = at;
          }
          pos = mark;
        }
        return number;
      }
      return switch (word) {
        case "true" -> true;
        case "false" -> false;
        case "null" -> NULL;
        default -> new Keyword(word);
      };
    }

    /** A run of regular characters: a number or a keyword. */
    private String readWord() {
      int start = pos;
      while (pos < data.length
          && !isWhitespace(data[pos] & 0xff)
          && !isDelimiter(data[pos] & 0xff)) {
        pos++;
      }
      if (pos == start) {
        throw new IllegalStateException("unexpected byte " + (data[pos] & 0xff) + " at " + pos);
      }
      return new String(data, start, pos - start, StandardCharsets.ISO_8859_1);
    }

    private Name readName() {
      pos++; // the slash
      ByteArrayOutputStream name = new ByteArrayOutputStream();
      while (pos < data.length
          && !isWhitespace(data[pos] & 0xff)
          && !isDelimiter(data[pos] & 0xff)) {
        if (data[pos] == '#' && pos + 2 < data.length) {
          name.write(Integer.parseInt(new String(data, pos + 1, 2, StandardCharsets.US_ASCII), 16));
          pos += 3;
        } else {
          name.write(data[pos++]);
        }
      }
      return new Name(name.toString(StandardCharsets.ISO_8859_1));
    }

    /** {@code (...)}, with nested parentheses and backslash escapes. */
    private Bytes readLiteralString() {
      int start = pos;
      pos++; // the opening parenthesis
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int depth = 1;
      while (true) {
        if (pos >= data.length) {
          throw new IllegalStateException("string starting at byte " + start + " is not closed");
        }
        int c = data[pos++] & 0xff;
        if (c == '(') {
          depth++;
        } else if (c == ')') {
          if (--depth == 0) {
            return new Bytes(out.toByteArray());
          }
        } else if (c == '\r') {
          // An end of line in a string, written as CR or CR LF, reads as LF.
          if (pos < data.length && data[pos] == '\n') {
            pos++;
          }
          c = '\n';
        } else if (c == '\\' && pos < data.length) {
          c = data[pos++] & 0xff;
          switch (c) {
            case 'n' -> c = '\n';
            case 'r' -> c = '\r';
            case 't' -> c = '\t';
            case 'b' -> c = '\b';
            case 'f' -> c = '\f';
            case '\r', '\n' -> {
              // A backslash at the end of a line continues the string on the next.
              if (c == '\r' && pos < data.length && data[pos] == '\n') {
                pos++;
              }
              continue;
            }
            default -> {
              if (c >= '0' && c <= '7') {
                int octal = c - '0';
                for (int i = 0; i < 2 && pos < data.length; i++) {
                  int d = data[pos];
                  if (d < '0' || d > '7') {
                    break;
                  }
                  octal = octal * 8 + (d - '0');
                  pos++;
                }
                c = octal & 0xff;
              }
              // Any other escaped character stands for itself: \( \) \\ and the rest.
            }
          }
        }
        out.write(c);
      }
    }

    /** {@code <48656C6C6F>}; white space is ignored and a missing last digit is 0. */
    private Bytes readHexString() {
      int start = pos;
      pos++; // the opening angle bracket
      StringBuilder digits = new StringBuilder();
      while (true) {
        if (pos >= data.length) {
          throw new IllegalStateException("hex string at byte " + start + " is not closed");
        }
        int c = data[pos++] & 0xff;
        if (c == '>') {
          break;
        }
        if (isWhitespace(c)) {
          continue;
        }
        if (Character.digit(c, 16) < 0) {
          throw new IllegalStateException("'" + (char) c + "' in hex string at byte " + start);
        }
        digits.append((char) c);
      }
      if (digits.length() % 2 == 1) {
        digits.append('0');
      }
      byte[] bytes = new byte[digits.length() / 2];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) Integer.parseInt(digits.substring(2 * i, 2 * i + 2), 16);
      }
      return new Bytes(bytes);
    }

    private List<Object> readArray() {
      int start = pos;
      pos++; // [
      List<Object> items = new ArrayList<>();
      while (true) {
        skipWhitespace();
        if (pos >= data.length) {
          throw new IllegalStateException("array at byte " + start + " is not closed");
        }
        if (data[pos] == ']') {
          pos++;
          return items;
        }
        items.add(value(readObject(), "array at byte " + start));
      }
    }

    private Map<String, Object> readDictionary() {
      int start = pos;
      pos += 2; // <<
      Map<String, Object> dict = new HashMap<>();
      while (true) {
        skipWhitespace();
        if (pos >= data.length) {
          throw new IllegalStateException("dictionary at byte " + start + " is not closed");
        }
        if (data[pos] == '>') {
          if (pos + 1 >= data.length || data[pos + 1] != '>') {
            throw new IllegalStateException("'>' without '>' in dictionary at byte " + start);
          }
          pos += 2;
          return dict;
        }
        Object key = readObject();
        if (!(key instanceof Name name)) {
          throw new IllegalStateException(
              "dictionary at byte " + start + " has key " + describe(key) + ", not a name");
        }
        dict.put(name.value(), value(readObject(), "dictionary at byte " + start));
      }
    }

    /** {@code object} if it may stand inside an array or dictionary; keywords may not. */
    private static Object value(Object object, String where) {
      if (object instanceof Keyword keyword) {
        throw new IllegalStateException("unexpected '" + keyword.value() + "' in " + where);
      }
      return object;
    }

    /**
     * Skips an inline image's data, which follows the keyword {@code ID} and one white-space byte,
     * up to the {@code EI} that ends it.
     */
    void skipInlineImage() {
      pos++;
      while (pos + 1 < data.length) {
        if (data[pos] == 'E'
            && data[pos + 1] == 'I'
            && isWhitespace(data[pos - 1] & 0xff)
            && (pos + 2 >= data.length || isWhitespace(data[pos + 2] & 0xff))) {
          pos += 2;
          return;
        }
        pos++;
      }
      throw new IllegalStateException("inline image has no EI");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Fonts: from character codes to Unicode text, and to widths.
  // ---------------------------------------------------------------------------------------------

  /** What a page needs to know of one font. */
  private static final class Font {

    final String name;

    /** Bytes per character code: 2 for a Type0 font with Identity-H, 1 for a simple font. */
    final int codeLength;

    final Map<Integer, String> unicode;
    final Map<Integer, Double> widths;

    /** Width of a code without one of its own, in glyph units. */
    final double defaultWidth;

    /** From glyph units to text space: 1/1000, or a Type3 font's /FontMatrix. */
    final double widthScale;

    Font(Document document, String name, Map<String, Object> dict) {
      this.name = name;
      Object subtype = document.resolve(dict.get("Subtype"));
      widths = new HashMap<>();
      if (isName(subtype, "Type0")) {
        Object encoding = document.resolve(dict.get("Encoding"));
        if (!isName(encoding, "Identity-H") && !isName(encoding, "Identity-V")) {
          throw new IllegalStateException(
              "font /"
                  + name
                  + " has /Encoding "
                  + describe(encoding)
                  + "; only Identity-H is read");
        }
        codeLength = 2;
        Map<String, Object> cidFont =
            document.dict(
                document.list(dict.get("DescendantFonts"), "/DescendantFonts").get(0),
                "font /" + name + "'s descendant font");
        defaultWidth = cidFont.containsKey("DW") ? document.real(cidFont.get("DW"), "/DW") : 1000;
        if (cidFont.containsKey("W")) {
          readCidWidths(document, document.list(cidFont.get("W"), "/W"));
        }
        widthScale = 0.001;
      } else {
        codeLength = 1;
        if (dict.containsKey("Widths")) {
          int first = document.number(dict.get("FirstChar"), "/FirstChar");
          List<?> list = document.list(dict.get("Widths"), "/Widths");
          for (int i = 0; i < list.size(); i++) {
            widths.put(first + i, document.real(list.get(i), "width in /Widths"));
          }
          defaultWidth = 0;
        } else {
          // Only the standard 14 fonts may omit /Widths, and Chromium embeds every font; a
          // guess of half an em keeps word gaps roughly right.
          defaultWidth = 500;
        }
        if (isName(subtype, "Type3")) {
          widthScale =
              document.real(
                  document.list(dict.get("FontMatrix"), "/FontMatrix").get(0), "/FontMatrix");
        } else {
          widthScale = 0.001;
        }
      }
      if (!dict.containsKey("ToUnicode")) {
        throw new IllegalStateException(
            "font /" + name + " (" + describe(dict.get("BaseFont")) + ") has no /ToUnicode CMap");
      }
      Stream toUnicode = document.stream(dict.get("ToUnicode"), "font /" + name + "'s /ToUnicode");
      unicode = readToUnicode(document.decode(toUnicode));
    }

    /** {@code /W [c [w1 w2 ...] cFirst cLast w ...]}: the widths of a CIDFont's glyphs. */
    private void readCidWidths(Document document, List<?> w) {
      for (int i = 0; i < w.size(); ) {
        int first = document.number(w.get(i), "/W entry");
        Object next = document.resolve(w.get(i + 1));
        if (next instanceof List<?> list) {
          for (int j = 0; j < list.size(); j++) {
            widths.put(first + j, document.real(list.get(j), "/W width"));
          }
          i += 2;
        } else {
          int last = document.number(next, "/W entry");
          double width = document.real(w.get(i + 2), "/W width");
          for (int code = first; code <= last; code++) {
            widths.put(code, width);
          }
          i += 3;
        }
      }
    }

    /**
     * The code-to-text table of a ToUnicode CMap, from its {@code bfchar} entries ({@code <code>
     * <text>}) and {@code bfrange} entries ({@code <first> <last> <text>}, the text's last
     * character counting up along the range, or {@code <first> <last> [<text> ...]}); text is
     * UTF-16BE.
     */
    private Map<Integer, String> readToUnicode(byte[] cmap) {
      Map<Integer, String> map = new HashMap<>();
      Lexer lexer = new Lexer(cmap, 0, false);
      while (!lexer.atEnd()) {
        Object token = lexer.readObject();
        if (!(token instanceof Keyword keyword)) {
          continue;
        }
        if (keyword.value().equals("beginbfchar")) {
          while (true) {
            Object code = lexer.readObject();
            if (code instanceof Keyword end && end.value().equals("endbfchar")) {
              break;
            }
            map.put(code(code), utf16(lexer.readObject()));
          }
        } else if (keyword.value().equals("beginbfrange")) {
          while (true) {
            Object first = lexer.readObject();
            if (first instanceof Keyword end && end.value().equals("endbfrange")) {
              break;
            }
            int low = code(first);
            int high = code(lexer.readObject());
            Object target = lexer.readObject();
            if (high < low || high - low > 0xffff) {
              throw new IllegalStateException(
                  "font /" + name + ": bad bfrange " + low + "-" + high);
            }
            if (target instanceof List<?> texts) {
              for (int code = low; code <= high && code - low < texts.size(); code++) {
                map.put(code, utf16(texts.get(code - low)));
              }
            } else {
              String text = utf16(target);
              for (int code = low; code <= high; code++) {
                int last = text.length() - 1;
                map.put(code, text.substring(0, last) + (char) (text.charAt(last) + code - low));
              }
            }
          }
        }
      }
      if (map.isEmpty()) {
        throw new IllegalStateException("font /" + name + "'s /ToUnicode CMap maps no codes");
      }
      return map;
    }

    private int code(Object token) {
      if (!(token instanceof Bytes bytes) || bytes.value().length != codeLength) {
        throw new IllegalStateException(
            "font /"
                + name
                + "'s /ToUnicode has "
                + describe(token)
                + " where a "
                + codeLength
                + "-byte code should be");
      }
      return toInt(bytes.value(), 0, codeLength);
    }

    private String utf16(Object token) {
      if (!(token instanceof Bytes bytes) || bytes.value().length == 0) {
        throw new IllegalStateException(
            "font /" + name + "'s /ToUnicode has " + describe(token) + " where text should be");
      }
      return new String(bytes.value(), StandardCharsets.UTF_16BE);
    }

    double width(int code) {
      return widths.getOrDefault(code, defaultWidth) * widthScale;
    }
  }

  private static int toInt(byte[] bytes, int from, int length) {
    int value = 0;
    for (int i = 0; i < length; i++) {
      value = (value << 8) | (bytes[from + i] & 0xff);
    }
    return value;
  }

  // ---------------------------------------------------------------------------------------------
  // Content streams: following the text operators and where they put the text.
  // ---------------------------------------------------------------------------------------------

  /** A 2D affine matrix {@code [a b c d e f]}, as PDF writes them. */
  private static double[] identity() {
    return new double[] {1, 0, 0, 1, 0, 0};
  }

  /** {@code m × n}: first {@code m}'s transformation, then {@code n}'s. */
  private static double[] multiply(double[] m, double[] n) {
    return new double[] {
      m[0] * n[0] + m[1] * n[2],
      m[0] * n[1] + m[1] * n[3],
      m[2] * n[0] + m[3] * n[2],
      m[2] * n[1] + m[3] * n[3],
      m[4] * n[0] + m[5] * n[2] + n[4],
      m[4] * n[1] + m[5] * n[3] + n[5]
    };
  }

  private static double[] translation(double x, double y) {
    return new double[] {1, 0, 0, 1, x, y};
  }

  /**
   * Runs content streams and writes down the text they show. Each run of glyphs (one string of a Tj
   * or TJ) is placed in device space; a run that starts off the line of the previous one starts a
   * new line, and one that starts more than a fifth of an em after (or anywhere before) where the
   * previous one ended is preceded by a space.
   */
  private static final class TextWriter {

    private final Document document;
    private final StringBuilder text = new StringBuilder();
    private final Map<Object, Font> fonts = new HashMap<>();

    /** Where the last run ended in device space, and its font's size there; none before it. */
    private double @Nullable [] lastEnd;

    private double lastSize;

    TextWriter(Document document) {
      this.document = document;
    }

    String text() {
      return text.toString();
    }

    /** Draws {@code content} with {@code resources}, starting from transformation {@code ctm}. */
    void draw(byte[] content, Map<String, Object> resources, double[] ctm, int depth) {
      if (depth > MAX_DEPTH) {
        throw new IllegalStateException("forms nested deeper than " + MAX_DEPTH);
      }
      Map<String, Object> fontDicts =
          document.optionalDict(resources.get("Font"), "/Resources /Font");
      Map<String, Object> xObjects =
          document.optionalDict(resources.get("XObject"), "/Resources /XObject");
      State state = new State();
      state.ctm = ctm;
      List<State> saved = new ArrayList<>();
      double[] tm = identity();
      double[] tlm = identity();
      List<Object> operands = new ArrayList<>();
      Lexer lexer = new Lexer(content, 0, false);
      while (!lexer.atEnd()) {
        Object token = lexer.readObject();
        if (!(token instanceof Keyword keyword)) {
          operands.add(token);
          continue;
        }
        String op = keyword.value();
        switch (op) {
          case "q" -> saved.add(state.copy());
          case "Q" -> {
            if (saved.isEmpty()) {
              throw new IllegalStateException("Q without q in a content stream");
            }
            state = saved.remove(saved.size() - 1);
          }
          case "cm" -> state.ctm = multiply(matrix(operands), state.ctm);
          case "BT" -> {
            tm = identity();
            tlm = identity();
          }
          case "Tf" -> {
            String name = name(operand(operands, 0, 2));
            state.fontSize = real(operand(operands, 1, 2));
            if (fontDicts == null || !fontDicts.containsKey(name)) {
              throw new IllegalStateException("font /" + name + " is not in the /Resources");
            }
            Object ref = fontDicts.get(name);
            state.font =
                fonts.computeIfAbsent(
                    ref, r -> new Font(document, name, document.dict(r, "font /" + name)));
          }
          case "Tc" -> state.charSpacing = real(operand(operands, 0, 1));
          case "Tw" -> state.wordSpacing = real(operand(operands, 0, 1));
          case "Tz" -> state.horizontalScale = real(operand(operands, 0, 1)) / 100;
          case "TL" -> state.leading = real(operand(operands, 0, 1));
          case "Td", "TD" -> {
            double x = real(operand(operands, 0, 2));
            double y = real(operand(operands, 1, 2));
            if (op.equals("TD")) {
              state.leading = -y;
            }
            tlm = multiply(translation(x, y), tlm);
            tm = tlm;
          }
          case "Tm" -> {
            tlm = matrix(operands);
            tm = tlm;
          }
          case "T*" -> {
            tlm = multiply(translation(0, -state.leading), tlm);
            tm = tlm;
          }
          case "Tj" -> tm = show(state, tm, bytes(operand(operands, 0, 1)));
          case "'", "\"" -> {
            if (op.equals("\"")) {
              state.wordSpacing = real(operand(operands, 0, 3));
              state.charSpacing = real(operand(operands, 1, 3));
            }
            tlm = multiply(translation(0, -state.leading), tlm);
            int count = op.equals("\"") ? 3 : 1;
            tm = show(state, tlm, bytes(operand(operands, count - 1, count)));
          }
          case "TJ" -> {
            Object array = operand(operands, 0, 1);
            if (!(array instanceof List<?> items)) {
              throw new IllegalStateException("TJ without an array");
            }
            for (Object item : items) {
              if (item instanceof Double adjustment) {
                // A number moves the next glyph left by thousandths of an em.
                double x = -adjustment / 1000 * state.fontSize * state.horizontalScale;
                tm = multiply(translation(x, 0), tm);
              } else {
                tm = show(state, tm, bytes(item));
              }
            }
          }
          case "Do" -> {
            String name = name(operand(operands, 0, 1));
            if (xObjects == null || !xObjects.containsKey(name)) {
              throw new IllegalStateException("XObject /" + name + " is not in the /Resources");
            }
            Stream form = document.stream(xObjects.get(name), "XObject /" + name);
            if (isName(document.resolve(form.dict().get("Subtype")), "Form")) {
              double[] formMatrix =
                  form.dict().containsKey("Matrix")
                      ? matrix(document.list(form.dict().get("Matrix"), "form /Matrix"))
                      : identity();
              Map<String, Object> formResources =
                  form.dict().containsKey("Resources")
                      ? document.dict(form.dict().get("Resources"), "form /Resources")
                      : resources;
              draw(
                  document.decode(form), formResources, multiply(formMatrix, state.ctm), depth + 1);
            }
          }
          case "BI" -> {
            // An inline image: its parameters up to ID, then binary data up to EI.
            while (!(lexer.readObject() instanceof Keyword id && id.value().equals("ID"))) {
              if (lexer.atEnd()) {
                throw new IllegalStateException("inline image has no ID");
              }
            }
            lexer.skipInlineImage();
          }
          default -> {
            // Paths, colours, marked content and the rest draw no text.
          }
        }
        operands.clear();
      }
    }

    /**
     * Writes the text of {@code string} in the current font, placing it from text matrix {@code
     * tm}, and returns the text matrix after its glyphs.
     */
    private double[] show(State state, double[] tm, byte[] string) {
      Font font = state.font;
      if (font == null) {
        throw new IllegalStateException("text shown before any Tf chose a font");
      }
      if (string.length % font.codeLength != 0) {
        throw new IllegalStateException(
            "string of "
                + string.length
                + " bytes in font /"
                + font.name
                + " with "
                + font.codeLength
                + "-byte codes");
      }
      double[] device = multiply(tm, state.ctm);
      double size = state.fontSize * Math.hypot(device[2], device[3]);
      separate(device, size);
      for (int i = 0; i < string.length; i += font.codeLength) {
        int code = toInt(string, i, font.codeLength);
        // A glyph with no Unicode text shows as U+FFFD, which a search for words will not match.
        text.append(font.unicode.getOrDefault(code, "\uFFFD"));
        double advance = font.width(code) * state.fontSize + state.charSpacing;
        if (font.codeLength == 1 && code == ' ') {
          advance += state.wordSpacing;
        }
        tm = multiply(translation(advance * state.horizontalScale, 0), tm);
      }
      double[] end = multiply(tm, state.ctm);
      lastEnd = new double[] {end[4], end[5]};
      lastSize = size;
      return tm;
    }

    /** Adds a new line or a space before a run starting at {@code device}, if it needs one. */
    private void separate(double[] device, double size) {
      if (lastEnd == null || text.length() == 0) {
        return;
      }
      double dx = device[4] - lastEnd[0];
      double dy = device[5] - lastEnd[1];
      // Measure along and across the direction of the text, which need not be the x axis.
      double length = Math.hypot(device[0], device[1]);
      double ux = length == 0 ? 1 : device[0] / length;
      double uy = length == 0 ? 0 : device[1] / length;
      double along = dx * ux + dy * uy;
      double across = Math.abs(dy * ux - dx * uy);
      double em = Math.max(size, lastSize);
      char previous = text.charAt(text.length() - 1);
      if (across > 0.5 * em) {
        if (previous != '\n') {
          text.append('\n');
        }
      } else if ((along > 0.2 * em || along < -0.5 * em) && !Character.isWhitespace(previous)) {
        text.append(' ');
      }
    }

    private static Object operand(List<Object> operands, int index, int count) {
      if (operands.size() < count) {
        throw new IllegalStateException(
            "operator needs " + count + " operands but has " + operands.size());
      }
      return operands.get(operands.size() - count + index);
    }

    private static double real(Object value) {
      if (!(value instanceof Double number)) {
        throw new IllegalStateException(describe(value) + " where a number should be");
      }
      return number;
    }

    private static String name(Object value) {
      if (!(value instanceof Name name)) {
        throw new IllegalStateException(describe(value) + " where a name should be");
      }
      return name.value();
    }

    private static byte[] bytes(Object value) {
      if (!(value instanceof Bytes bytes)) {
        throw new IllegalStateException(describe(value) + " where a string should be");
      }
      return bytes.value();
    }

    private static double[] matrix(List<?> operands) {
      if (operands.size() < 6) {
        throw new IllegalStateException("a matrix needs 6 numbers but has " + operands.size());
      }
      double[] m = new double[6];
      for (int i = 0; i < 6; i++) {
        m[i] = real(operands.get(operands.size() - 6 + i));
      }
      return m;
    }
  }

  /** The graphics and text state that q and Q save and restore. */
  private static final class State {
    double[] ctm = identity();
    @Nullable Font font;
    double fontSize;
    double charSpacing;
    double wordSpacing;
    double horizontalScale = 1;
    double leading;

    State copy() {
      State copy = new State();
      copy.ctm = ctm;
      copy.font = font;
      copy.fontSize = fontSize;
      copy.charSpacing = charSpacing;
      copy.wordSpacing = wordSpacing;
      copy.horizontalScale = horizontalScale;
      copy.leading = leading;
      return copy;
    }
  }
}
