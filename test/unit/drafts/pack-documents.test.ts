/**
 * The documents and application window a programme may carry (pack format version 1, both
 * optional): what the schema refuses and where, the shipped examples' lists, and a pack with them
 * imported and exported without loss.
 */
import { describe, expect, it } from 'vitest';
import type { FieldIssue } from '../../../shared/api/errors';
import { packPath, packToText, parsePack, parsePackText } from '../../../shared/funding/pack-text';
import { SHIPPED_PACKS } from '../../../shared/funding/shipped';
import { LANGS, message } from '../../../shared/i18n/messages';
import { tempWorkspace } from '../core/helpers';
import { clone, edited, fullPack, set } from '../funding/pack-fixtures';

const DOCS = [
  { id: 'licence', name: { zh: '营业执照', en: 'Business licence' }, required: true },
  { id: 'photos', name: { zh: '现场照片' }, required: false },
];

const withDocs = (...more: ((p: unknown) => void)[]) =>
  edited(
    fullPack(),
    set('programmes[0].documents', clone(DOCS)),
    set('programmes[0].applicationWindow', { opens: '2026-05-01', closes: '2026-06-30' }),
    ...more,
  );

function refused(pack: unknown): string[] {
  const parsed = parsePack(pack);
  if (parsed.ok) throw new Error('expected the pack to be refused');
  return parsed.issues.map((i: FieldIssue) => {
    for (const lang of LANGS) expect(message(lang, i.key, i.params), i.key).not.toBe(i.key);
    return `${packPath(i.path)}: ${i.key}`;
  });
}

describe('programme documents and application window', () => {
  it('accepts them, and a pack without them as before', () => {
    const parsed = parsePack(withDocs());
    expect(parsed.ok && parsed.pack.programmes[0]!.documents).toEqual(DOCS);
    expect(parsed.ok && parsed.pack.programmes[0]!.applicationWindow).toEqual({
      opens: '2026-05-01',
      closes: '2026-06-30',
    });
    expect(parsePack(fullPack()).ok).toBe(true);
    expect(parsePack(withDocs(set('programmes[0].applicationWindow', { closes: '2026-06-30' }))).ok).toBe(
      true,
    );
    expect(parsePack(withDocs(set('programmes[0].applicationWindow', {}))).ok).toBe(true);
  });

  it.each<[string, (p: unknown) => void, string[]]>([
    [
      'a document id used twice',
      set('programmes[0].documents', [...DOCS, { ...DOCS[0], name: { zh: '执照' } }]),
      ['programmes[0].documents[2].id: funding.duplicateDocumentId'],
    ],
    [
      'a document id in capitals',
      set('programmes[0].documents[0].id', 'Licence'),
      ['programmes[0].documents[0].id: funding.idFormat'],
    ],
    [
      'a document without required',
      set('programmes[0].documents[1]', { id: 'x', name: { zh: 'x' } }),
      ['programmes[0].documents[1].required: validation.invalid_type'],
    ],
    ['an empty list', set('programmes[0].documents', []), ['programmes[0].documents: validation.too_small']],
    [
      'a date that does not exist',
      set('programmes[0].applicationWindow.opens', '2026-02-30'),
      ['programmes[0].applicationWindow.opens: assessment.dateInvalid'],
    ],
    [
      'a date written otherwise',
      set('programmes[0].applicationWindow.closes', '2026/6/30'),
      ['programmes[0].applicationWindow.closes: assessment.dateInvalid'],
    ],
    [
      'closing before opening',
      set('programmes[0].applicationWindow', { opens: '2026-05-01', closes: '2026-04-30' }),
      ['programmes[0].applicationWindow.closes: funding.windowOrder'],
    ],
    [
      'an unknown key in the window',
      set('programmes[0].applicationWindow', { opens: '2026-05-01', deadline: '2026-06-30' }),
      ['programmes[0].applicationWindow: validation.unrecognized_keys'],
    ],
  ])('refuses %s, saying where', (_what, edit, issues) => {
    expect(refused(withDocs(edit))).toEqual(issues);
  });

  it('gives every shipped programme a list of documents in both languages, and no invented window', () => {
    for (const pack of SHIPPED_PACKS) {
      for (const p of pack.programmes) {
        expect(p.documents?.length, `${pack.id}/${p.id}`).toBeGreaterThan(0);
        for (const d of p.documents!) expect(d.name.en, `${p.id}/${d.id}`).toBeTruthy();
        expect(p.applicationWindow, p.id).toBeUndefined();
      }
    }
  });

  it('keeps them through import and export, as text and as the same pack', async () => {
    const core = await tempWorkspace().open();
    const parsed = parsePack(withDocs());
    if (!parsed.ok) throw new Error('the pack with documents must parse');
    const text = packToText(parsed.pack);
    await core.call('funding.packs.import', { text });
    const exported = await core.call('funding.packs.export', { id: 'test-district' });
    expect(exported.text).toBe(text);
    const again = parsePackText(exported.text);
    expect(again.ok && again.pack.programmes[0]!.documents).toEqual(DOCS);
    const preview = await core.call('funding.packs.importPreview', { text: exported.text });
    expect(preview.action).toBe('unchanged');
  });

  it('leaves the shipped examples recognised as shipped in a workspace', async () => {
    const core = await tempWorkspace().open();
    const list = await core.call('funding.packs.list', {});
    expect(list.map((p) => p.origin)).toEqual(SHIPPED_PACKS.map(() => 'shipped'));
    for (const pack of SHIPPED_PACKS) {
      const { text } = await core.call('funding.packs.export', { id: pack.id });
      expect((await core.call('funding.packs.importPreview', { text })).action).toBe('unchanged');
    }
  });
});
