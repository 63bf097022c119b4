/**
 * The little XML an XLSX reader needs, without a general parser: text and attribute decoding
 * (entities, line ends, CDATA, OOXML's _xHHHH_ escapes), start tags of small parts found by name,
 * and the rich-text runs shared by shared strings and inline strings.
 *
 * Elements are matched by local name under the prefix the part's root element uses, so parts
 * written as <x:worksheet><x:sheetData>… read like the usual unprefixed ones.
 */

const ENTITY = /&(?:#[xX]([0-9a-fA-F]+)|#([0-9]+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, hex: string | undefined, dec: string | undefined, name?: string) => {
    if (name) return NAMED[name] as string;
    const code = hex !== undefined ? parseInt(hex, 16) : parseInt(dec as string, 10);
    // Not a character: keep the reference as written rather than fail the whole file.
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Character data as an XML parser delivers it: CR LF and lone CR read as LF, references decoded. */
export function xmlText(raw: string): string {
  return raw.indexOf('<') >= 0 ? cdataText(raw) : plainText(raw);
}

function plainText(raw: string): string {
  let text = raw;
  if (text.indexOf('\r') >= 0) text = text.replace(/\r\n?/g, '\n');
  if (text.indexOf('&') >= 0) text = decodeEntities(text);
  return text;
}

/**
 * Text with CDATA sections or markup in it. A stray '<' that opens no tag (a damaged part) stays as
 * text: it must not send the text back here, which would recurse until the stack runs out.
 */
function cdataText(raw: string): string {
  let out = '';
  let p = 0;
  for (;;) {
    const open = raw.indexOf('<![CDATA[', p);
    if (open < 0) break;
    const close = raw.indexOf(']]>', open + 9);
    if (close < 0) break;
    out +=
      plainText(raw.slice(p, open).replace(/<[^>]*>/g, '')) +
      raw.slice(open + 9, close).replace(/\r\n?/g, '\n');
    p = close + 3;
  }
  return out + plainText(raw.slice(p).replace(/<[^>]*>/g, ''));
}

/** Attribute values also turn tabs and line ends into spaces (XML attribute-value normalisation). */
export function attributeText(raw: string): string {
  const text = /[\t\n\r]/.test(raw) ? raw.replace(/\r\n?/g, ' ').replace(/[\t\n]/g, ' ') : raw;
  return text.indexOf('&') >= 0 ? decodeEntities(text) : text;
}

const OOXML_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/**
 * Excel writes characters XML cannot hold (CR, other controls) as _xHHHH_, and a literal "_x" that
 * would read as such an escape as _x005F_x…; one left-to-right pass undoes both.
 */
export function unescapeOoxml(text: string): string {
  return text.indexOf('_x') >= 0
    ? text.replace(OOXML_ESCAPE, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;
}

/** The namespace prefix (with its colon, or '') of the part's root element. */
export function rootPrefix(xml: string): string | null {
  for (let p = xml.indexOf('<'); p >= 0; p = xml.indexOf('<', p + 1)) {
    const c = xml.charCodeAt(p + 1);
    if (c === 0x3f /* ? */ || c === 0x21 /* ! */) continue;
    const name = /^[^\s/>]*/.exec(xml.slice(p + 1, p + 200))?.[0] ?? '';
    // the name may go on in the next chunk
    if (p + 1 + name.length >= xml.length) return null;
    const colon = name.indexOf(':');
    return colon >= 0 ? name.slice(0, colon + 1) : '';
  }
  return null;
}

export function isNameEnd(code: number): boolean {
  return (
    code === 0x3e /* > */ ||
    code === 0x2f /* / */ ||
    code === 0x20 ||
    code === 0x09 ||
    code === 0x0a ||
    code === 0x0d
  );
}

/** Whether `<` + tag (a prefixed local name) starts at `at`, as a whole name. */
export function tagAt(xml: string, at: number, tag: string): boolean {
  return xml.startsWith(tag, at + 1) && isNameEnd(xml.charCodeAt(at + 1 + tag.length));
}

export interface StartTag {
  attributes: Map<string, string>;
  /** Index just after the tag's '>'. */
  end: number;
  selfClosing: boolean;
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Start tags named `prefix + localName` in a whole (small) part, in document order. */
export function* startTags(
  xml: string,
  prefix: string,
  localName: string,
  from = 0,
  to = xml.length,
): Generator<StartTag> {
  const tag = prefix + localName;
  for (let p = xml.indexOf('<' + tag, from); p >= 0 && p < to; p = xml.indexOf('<' + tag, p + 1)) {
    if (!isNameEnd(xml.charCodeAt(p + 1 + tag.length))) continue;
    const end = tagEnd(xml, p);
    if (end < 0) return;
    const body = xml.slice(p + 1 + tag.length, end - 1);
    const attributes = new Map<string, string>();
    for (const m of body.matchAll(ATTRIBUTE))
      attributes.set(m[1] as string, attributeText(m[2] ?? m[3] ?? ''));
    yield { attributes, end, selfClosing: xml.charCodeAt(end - 2) === 0x2f };
  }
}

/** Index after the '>' closing the tag that starts at `p`, skipping quoted attribute values. */
function tagEnd(xml: string, p: number): number {
  for (let i = p + 1; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (c === 0x3e) return i + 1;
    if (c === 0x22 || c === 0x27) {
      i = xml.indexOf(c === 0x22 ? '"' : "'", i + 1);
      if (i < 0) return -1;
    }
  }
  return -1;
}

/** The content between the first `<tag …>` and its `</tag>`, as [start, end); null if absent or empty. */
export function elementRange(xml: string, prefix: string, localName: string): [number, number] | null {
  for (const open of startTags(xml, prefix, localName)) {
    if (open.selfClosing) return null;
    const close = xml.indexOf(`</${prefix}${localName}>`, open.end);
    return close < 0 ? null : [open.end, close];
  }
  return null;
}

/**
 * The text of a string item (<si> or <is>): its <t> elements, run after run, without the phonetic
 * guide (<rPh>) that East Asian Excel adds after the text.
 */
export function richText(xml: string, from: number, to: number, prefix: string): string {
  const t = prefix + 't';
  const rPh = prefix + 'rPh';
  let out = '';
  for (let p = from; ;) {
    const lt = xml.indexOf('<', p);
    if (lt < 0 || lt >= to) break;
    if (tagAt(xml, lt, t)) {
      const gt = xml.indexOf('>', lt);
      if (gt < 0 || gt >= to) break;
      if (xml.charCodeAt(gt - 1) === 0x2f) {
        p = gt + 1;
        continue;
      }
      const close = xml.indexOf(`</${t}>`, gt);
      if (close < 0 || close > to) break;
      out += unescapeOoxml(xmlText(xml.slice(gt + 1, close)));
      p = close + t.length + 3;
    } else if (tagAt(xml, lt, rPh)) {
      const gt = xml.indexOf('>', lt);
      if (gt < 0 || gt >= to) break;
      const close = xml.charCodeAt(gt - 1) === 0x2f ? gt : xml.indexOf(`</${rPh}>`, gt);
      if (close < 0 || close > to) break;
      p = close + 1;
    } else {
      p = lt + 1;
    }
  }
  return out;
}
