package org.safeguarding.examples.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link PdfText} on a PDF that headless Chromium prints, when {@code chromium} is installed, and
 * on small PDFs written by hand that reach the parts Chromium's do not.
 */
class PdfTextTest {

  private static final String TWO_PAGES =
      """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <title>PdfText test</title>
      <style>
      @page { size: A4; margin: 20mm; }
      body { font: 14pt sans-serif; }
      .next { break-before: page; }
      </style>
      </head>
      <body>
      <h1>Wavy Youth AVATAR</h1>
      <p>Alpha bravo charlie</p>
      <p class="next">Delta echo foxtrot</p>
      <p>Last words</p>
      </body>
      </html>
      """;

  @Test
  void chromiumPdf_twoPages_eachPageReadsAsItsOwnWords(@TempDir Path dir)
      throws IOException, InterruptedException {
    Path chromium = HeadlessChromium.find();
    assumeThat(chromium).as("chromium is not installed").isNotNull();
    Path html = dir.resolve("two-pages.html");
    Path pdf = dir.resolve("two-pages.pdf");
    Files.writeString(html, TWO_PAGES, StandardCharsets.UTF_8);

    HeadlessChromium.printToPdf(chromium, html, pdf, dir);
    byte[] bytes = Files.readAllBytes(pdf);

    assertThat(PdfText.pageCount(bytes)).isEqualTo(2);
    // Kerned pairs such as "Wa", "Yo" and "AV" stay in their words.
    assertThat(words(PdfText.page(bytes, 1))).isEqualTo("Wavy Youth AVATAR Alpha bravo charlie");
    assertThat(words(PdfText.page(bytes, 2))).isEqualTo("Delta echo foxtrot Last words");
    assertThatThrownBy(() -> PdfText.page(bytes, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has 2 pages");
  }

  @Test
  void handWrittenPdf_readsLiteralStringsKerningAndInheritedFonts() {
    byte[] pdf = handWrittenPdf(true);

    assertThat(PdfText.pageCount(pdf)).isEqualTo(2);
    // Line 1 has escapes; line 2 is one word kerned together and a second one an em apart.
    assertThat(PdfText.page(pdf, 1)).isEqualTo("Hello, (world) A\\B\nSecond line");
    // Page 2's content is two streams, and starts a word again with T*.
    assertThat(PdfText.page(pdf, 2)).isEqualTo("Page two\nnext");
  }

  @Test
  void fontWithoutToUnicode_failsLoudly() {
    byte[] pdf = handWrittenPdf(false);

    assertThatThrownBy(() -> PdfText.page(pdf, 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("font /F1")
        .hasMessageContaining("no /ToUnicode");
  }

  @Test
  void notAPdf_failsLoudly() {
    byte[] html = TWO_PAGES.getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> PdfText.page(html, 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not a PDF");
  }

  /**
   * A two-page PDF with uncompressed streams and a simple font, whose ToUnicode CMap's /Length is
   * an indirect reference, so that its end is found by searching for endstream. The font is on the
   * /Pages node, for both pages to inherit.
   */
  private static byte[] handWrittenPdf(boolean withToUnicode) {
    String widths = " 500".repeat(95);
    String page1 =
        "BT /F1 10 Tf 20 100 Td (Hello, \\(world\\) \\101\\\\B) Tj\n"
            + "0 -12 Td [(Sec) 20 (ond) -1000 (line)] TJ ET";
    String cmap =
        """
        /CIDInit /ProcSet findresource begin 12 dict begin begincmap
        1 begincodespacerange <00> <FF> endcodespacerange
        1 beginbfchar <41> <0041> endbfchar
        2 beginbfrange <20> <40> <0020> <42> <7E> <0042> endbfrange
        endcmap CMapName currentdict /CMap defineresource pop end end""";
    String pdf =
        "%PDF-1.4\n"
            + "1 0 obj\n<</Type /Catalog /Pages 2 0 R>>\nendobj\n"
            + "2 0 obj\n<</Type /Pages /Kids [3 0 R 4 0 R] /Count 2"
            + " /Resources <</Font <</F1 5 0 R>>>>>>\nendobj\n"
            + "3 0 obj\n<</Type /Page /Parent 2 0 R /MediaBox [0 0 200 200]"
            + " /Contents 6 0 R>>\nendobj\n"
            + "4 0 obj\n<</Type /Page /Parent 2 0 R /MediaBox [0 0 200 200]"
            + " /Contents [7 0 R 8 0 R]>>\nendobj\n"
            + "5 0 obj\n<</Type /Font /Subtype /TrueType /BaseFont /Test /FirstChar 32"
            + " /LastChar 126 /Widths ["
            + widths
            + "]"
            + (withToUnicode ? " /ToUnicode 9 0 R" : "")
            + ">>\nendobj\n"
            + stream(6, page1)
            + stream(7, "BT /F1 10 Tf 12 TL 20 100 Td <50616765> Tj")
            + stream(8, "( two) Tj T* (next) Tj ET")
            + "9 0 obj\n<</Length 10 0 R>>\nstream\n"
            + cmap
            + "\nendstream\nendobj\n"
            + "10 0 obj\n"
            + cmap.length()
            + "\nendobj\n"
            + "trailer\n<</Size 11 /Root 1 0 R>>\n%%EOF\n";
    return pdf.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static String stream(int number, String content) {
    return number
        + " 0 obj\n<</Length "
        + content.length()
        + ">>\nstream\n"
        + content
        + "\nendstream\nendobj\n";
  }

  /** {@code text} with each run of white space as one space, and none at either end. */
  private static String words(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
