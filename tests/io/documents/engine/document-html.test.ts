import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../../../src/io/documents/engine/document-model';
import { documentHtml } from '../../../../src/io/documents/engine/document-html';

const model = (text: string): DocumentModel => ({
  title: `标题${text}`,
  headerText: `页眉${text}`,
  footerText: `页脚${text}`,
  watermark: null,
  blocks: [
    { kind: 'paragraph', text, indent: false },
    { kind: 'table', columns: [{ widthPct: 100, align: 'left' }], header: [[{ text }]], rows: [[text]], total: [text], minRowHeightMm: null },
  ],
});

describe('document print HTML', () => {
  it('prints the minus sign U+2212 as the full-width minus every CJK print font has, everywhere on the page', () => {
    const page = documentHtml(model('拆旧\u2212建新'));
    for (const part of [page.html, page.headerTemplate, page.footerTemplate]) {
      expect(part).not.toContain('\u2212');
      expect(part).toContain('拆旧－建新');
    }
  });

  it('escapes markup in the text', () => {
    const page = documentHtml(model('<b>a & "b"</b>'));
    expect(page.html).toContain('&lt;b&gt;a &amp; &quot;b&quot;&lt;/b&gt;');
    expect(page.html).not.toContain('<b>a');
  });
});
