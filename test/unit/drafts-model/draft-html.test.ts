/**
 * The print view: a self-contained document (no script, no external resource) in which every piece
 * of user text is escaped, every table caption, chart caption and cell appears as formatDraftCell
 * writes it, missing parts are marked, and the footer template carries Chromium's page numbers.
 */
import { describe, expect, it } from 'vitest';
import { draftColumnHeader, formatDraftCell, formatFenYuan } from '../../../shared/drafts/draft-cells';
import { DRAFT_PDF_FOOTER, draftHtml, escapeHtml } from '../../../shared/drafts/draft-html';
import { openDraftWorkspace } from './draft-fixture';

const HOSTILE = `<script>alert("x")</script> & 'quoted' "names"`;

describe('draftHtml', () => {
  it('escapes user text and writes every caption and cell as formatDraftCell does', async () => {
    const w = await openDraftWorkspace();
    await w.core.call('enterprise.update', {
      id: w.enterpriseId,
      changes: { name: `深圳${HOSTILE}有限公司` },
    });
    await w.core.call('projects.update', {
      id: w.project.id,
      changes: { name: `节能${HOSTILE}`, site: HOSTILE },
    });
    await w.core.call('projects.addLine', {
      projectId: w.project.id,
      line: {
        category: 'other',
        name: `<img src=x onerror=alert(1)>`,
        quantity: 1,
        unitPriceFen: 1,
        supplier: HOSTILE,
      },
    });
    for (const lang of ['zh-CN', 'en'] as const) {
      const m = await w.core.call('drafts.model', { projectId: w.project.id, lang });
      const html = draftHtml(m);
      expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
      expect(html).not.toMatch(/<script|<img|<link|<iframe|<object|url\(|@import/i);
      // No tag carries a source, a link or an event handler (the hostile line's text is escaped).
      expect(html).not.toMatch(/<[a-z][^>]*\s(src|href|on[a-z]+)=/i);
      expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(html).toContain(escapeHtml(HOSTILE));
      expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;');
      expect(html).toContain('@page { size: A4;');

      const prefix = lang === 'en' ? ['Table ', 'Figure '] : ['表', '图'];
      for (const t of m.tables) {
        expect(html).toContain(`<caption>${escapeHtml(`${prefix[0]}${t.number} ${t.caption}`)}</caption>`);
        for (const c of t.columns)
          expect(html).toContain(`<th>${escapeHtml(draftColumnHeader(c, lang))}</th>`);
        for (const row of t.rows) {
          const written = row.map((v, i) => escapeHtml(formatDraftCell(v, t.columns[i]!, lang)));
          // The row's cells in order, each in its own td.
          expect(html).toMatch(
            new RegExp(
              written.map((x) => `<td[^>]*>${x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</td>`).join(''),
            ),
          );
        }
      }
      for (const c of m.charts) {
        expect(html).toContain(
          `<figcaption>${escapeHtml(`${prefix[1]}${c.number} ${c.caption}`)}</figcaption>`,
        );
      }
      expect(html.match(/<svg /g)).toHaveLength(m.charts.length);
      for (const c of m.chapters)
        expect(html).toContain(`<h2>${escapeHtml(`${c.number} ${c.heading}`)}</h2>`);
      // Missing narratives are highlighted.
      expect(html.match(/<div class="missing">/g)!.length).toBe(
        m.chapters.flatMap((c) => c.blocks).filter((b) => b.kind === 'missing').length,
      );
      expect(html).toContain(lang === 'en' ? '[To be supplied]' : '【待补充】');
      // The investment total in bold in the table's last row, as stored.
      expect(html).toContain(`<td class="n">${formatFenYuan(m.facts.totals.investmentFen, lang)}</td>`);
    }
  });

  it('gives the printers a footer with page numbers', () => {
    expect(DRAFT_PDF_FOOTER).toContain('<span class="pageNumber"></span>');
    expect(DRAFT_PDF_FOOTER).toContain('<span class="totalPages"></span>');
  });
});
