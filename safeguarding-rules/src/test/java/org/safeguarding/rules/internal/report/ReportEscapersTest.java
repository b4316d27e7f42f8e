package org.safeguarding.rules.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportEscapersTest {

  private static final String LONE_SURROGATE = "a\uD800b";

  @Test
  void html_everyMetacharacter_becomesAReference() {
    assertThat(HtmlEscaper.escape("<a href=\"x\" title='y'>&amp;</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;");
  }

  @Test
  void html_controlsSeparatorsBidiAndBrokenSurrogates_becomeVisibleEscapes() {
    assertThat(HtmlEscaper.escape("\u0000\t\n\r\u001b\u007f\u0085\u2028\u202e\u2066\uffff"))
        .isEqualTo("\\u0000\\u0009\\u000a\\u000d\\u001b\\u007f\\u0085\\u2028\\u202e\\u2066\\uffff");
    assertThat(HtmlEscaper.escape(LONE_SURROGATE)).isEqualTo("a\\ud800b");
  }

  @Test
  void html_backslash_isDoubledSoThatDataCannotPassForAnEscape() {
    assertThat(HtmlEscaper.escape("\\u001b \u001b a\\b \\"))
        .isEqualTo("\\\\u001b \\u001b a\\\\b \\\\");
  }

  @Test
  void html_ordinaryText_staysAsItIs() {
    String text = "Zoë's café — 😀 ✓ ok";
    assertThat(HtmlEscaper.escape(text)).isEqualTo("Zoë&#39;s café — 😀 ✓ ok");
  }

  @Test
  void text_onlyUnsafeCharacters_change() {
    assertThat(TextEscaper.escape("<b>*x*</b> \"q\" & \u001b[2J\nnext 😀"))
        .isEqualTo("<b>*x*</b> \"q\" & \\u001b[2J\\u000anext 😀");
    assertThat(TextEscaper.escape(LONE_SURROGATE)).isEqualTo("a\\ud800b");
  }

  @Test
  void text_backslash_isDoubledSoThatDataCannotPassForAnEscape() {
    assertThat(TextEscaper.escape("\\u001b \u001b a\\b \\"))
        .isEqualTo("\\\\u001b \\u001b a\\\\b \\\\");
  }

  @Test
  void markdown_markupCharacters_getABackslashAndHtmlCharactersAReference() {
    assertThat(MarkdownEscaper.escape("\\ ` * [ ] | ~ # $ : @ < > & ! ( ) . - +"))
        .isEqualTo("\\\\ \\` \\* \\[ \\] \\| \\~ \\# \\$ \\: \\@ &lt; &gt; &amp; ! ( ) . - +");
  }

  @Test
  void markdown_extendedAutolinks_areBroken() {
    assertThat(MarkdownEscaper.escape("https://evil.example/a?b=c"))
        .isEqualTo("https\\://evil.example/a?b=c");
    assertThat(MarkdownEscaper.escape("javascript:alert(1)")).isEqualTo("javascript\\:alert(1)");
    assertThat(MarkdownEscaper.escape("foo@evil.example")).isEqualTo("foo\\@evil.example");
    assertThat(MarkdownEscaper.escape("mailto:foo@evil.example"))
        .isEqualTo("mailto\\:foo\\@evil.example");
    assertThat(MarkdownEscaper.escape("www.evil.example")).isEqualTo("www\\.evil.example");
    assertThat(MarkdownEscaper.escape("see WwW.evil.example, (www.x.org)"))
        .isEqualTo("see WwW\\.evil.example, (www\\.x.org)");
  }

  @Test
  void markdown_dotsNotAfterWww_andIntrawordUnderscores_stayAsTheyAre() {
    assertThat(MarkdownEscaper.escape("ww.a w.w.w. wwwx.b 1.5 CONSENT_MISSING e.g."))
        .isEqualTo("ww.a w.w.w. wwwx.b 1.5 CONSENT_MISSING e.g.");
  }

  @Test
  void markdown_underscore_isEscapedUnlessBetweenLettersOrDigits() {
    assertThat(MarkdownEscaper.escape("_a_ b_c d__e 1_2 f_ _"))
        .isEqualTo("\\_a\\_ b_c d\\_\\_e 1_2 f\\_ \\_");
  }

  @Test
  void markdown_lineBreaksAndControls_becomeVisibleEscapes() {
    assertThat(MarkdownEscaper.escape("one\ntwo\r\u0000\u001b"))
        .isEqualTo("one\\u000atwo\\u000d\\u0000\\u001b");
  }
}
