/**
 * Fills an agency's own Word template with the draft's figures: placeholders such as
 * {enterprise.name}, {totals.investment_wan} and loops such as {#equipment}…{/equipment} (listed in
 * docs/template-placeholders.md, built by shared/drafts/template-data.ts). A placeholder the app
 * does not know is left in the document as written and reported, so the user sees what the template
 * asked for that the draft could not give; a template that cannot be read names the tag and what is
 * wrong with it.
 */
import zlib from 'node:zlib';
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { AppError, type FieldIssue, type Params } from '../../../shared/api/errors';
import type { TemplateData } from '../../../shared/drafts/template-data';

/** A template is a Word form of a few pages; anything bigger is a mistake or an attack. */
export const MAX_TEMPLATE_BYTES = 20 * 1024 * 1024;
/** What the template's parts may unpack to in all: a zip bomb unpacks to gigabytes. */
export const MAX_TEMPLATE_UNPACKED_BYTES = 100 * 1024 * 1024;
/**
 * How deep loops may nest: a form nests two or three; docxtemplater's time grows so fast with
 * depth that a few thousand nested loops would hold the app for minutes.
 */
export const MAX_LOOP_DEPTH = 20;

export interface TemplateFillResult {
  buffer: Buffer;
  /** Placeholders the template uses that the app has no value for, as written ("project.budget", "equipment.brand"). */
  unknownTags: string[];
}

const issue = (key: string, params: Params): FieldIssue => ({
  path: ['template'],
  key: `draftTemplate.${key}`,
  params,
});

const refuse = (...issues: FieldIssue[]) => new AppError('VALIDATION', {}, issues);

interface TemplateErrorProperties {
  id?: string;
  xtag?: string;
  context?: string;
  explanation?: string;
  closingtag?: string;
  openingtag?: string;
  pair?: { left: string };
  lastPair?: { left: string };
  file?: string;
  errors?: { properties?: TemplateErrorProperties }[];
}

/** One docxtemplater error as an issue in the user's language, naming the tag. */
function tagIssue(p: TemplateErrorProperties, name: string): FieldIssue {
  // The lexer reports the text from the brace to the next one; the tag is its leading name.
  const raw = p.xtag ?? p.openingtag ?? '';
  const tag = /^[#/^]?[A-Za-z0-9_.]+/.exec(raw)?.[0] ?? raw.slice(0, 30);
  const context = (p.context ?? tag).slice(0, 60);
  switch (p.id) {
    case 'unclosed_tag':
      return issue('unclosedTag', { tag, context });
    case 'unopened_tag':
      return issue('unopenedTag', { tag, context });
    case 'unclosed_loop':
      return issue('unclosedLoop', { tag });
    case 'unopened_loop':
      return issue('unopenedLoop', { tag });
    case 'closing_tag_does_not_match_opening_tag':
      return issue('loopMismatch', { tag: p.openingtag ?? tag, closing: p.closingtag ?? '' });
    case 'duplicate_open_tag':
      return issue('duplicateOpen', { tag, context });
    case 'duplicate_close_tag':
      return issue('duplicateClose', { tag, context });
    case 'unbalanced_loop_tags':
      return issue('unbalancedLoop', { tag: p.lastPair?.left ?? '', other: p.pair?.left ?? '' });
    case 'loop_position_invalid':
      return issue('loopPosition', { tag });
    case 'malformed_xml':
    case 'file_has_invalid_xml':
    case 'invalid_xml_characters':
      return issue('damaged', { name, part: p.file ?? '' });
    default:
      return issue('tagError', { tag, detail: p.explanation ?? p.id ?? '' });
  }
}

function templateError(e: unknown, name: string): unknown {
  // A part docxtemplater reads with its XML parser ([Content_Types].xml, the relationships) that
  // is not well-formed fails there, before any tag is looked at.
  if (e instanceof Error && e.name === 'ParseError') {
    return refuse(issue('damaged', { name, part: e.message.split('\n')[0]!.slice(0, 100) }));
  }
  const props = (e as { properties?: TemplateErrorProperties } | null)?.properties;
  if (!props?.id) return e;
  const each = props.id === 'multi_error' ? (props.errors ?? []).map((x) => x.properties ?? {}) : [props];
  const issues = each.map((p) => tagIssue(p, name));
  // The same wrong tag can be reported once per part it appears in (body, header, footer).
  const unique = [...new Map(issues.map((i) => [JSON.stringify(i), i])).values()];
  return refuse(...unique);
}

/** The zip's entries as PizZip read them from its directory, before anything is unpacked. */
interface ZipEntryData {
  name: string;
  _data?: {
    uncompressedSize?: number;
    compressionMethod?: string;
    getCompressedContent?: () => Uint8Array | string;
  };
}

const STORED = '\x00\x00';
const DEFLATED = '\x08\x00';

/**
 * Unpacks every part once, through zlib with the part's declared size as the ceiling, before
 * PizZip does: a part that inflates past what it declares (a bomb that lies) or whose deflate
 * stream is broken is refused as a damaged template instead of failing deep inside docxtemplater.
 */
function checkParts(zip: PizZip, name: string): void {
  for (const file of Object.values(zip.files) as unknown as ZipEntryData[]) {
    const data = file._data;
    if (!data?.getCompressedContent) continue;
    const damaged = () => refuse(issue('damaged', { name, part: file.name.slice(0, 200) }));
    const size = data.uncompressedSize ?? -1;
    const packed = data.getCompressedContent();
    const bytes = typeof packed === 'string' ? Buffer.from(packed, 'latin1') : Buffer.from(packed);
    if (data.compressionMethod === STORED) {
      if (bytes.length !== size) throw damaged();
    } else if (data.compressionMethod === DEFLATED) {
      let inflated: Buffer;
      try {
        inflated = zlib.inflateRawSync(bytes, { maxOutputLength: Math.max(1, size + 1) });
      } catch {
        throw damaged();
      }
      if (inflated.length !== size) throw damaged();
    } else throw damaged();
  }
}

/** The deepest nesting of loops ({#…}, {^…} opened, {/…} closed) in the parts' text. */
function checkLoopDepth(zip: PizZip): void {
  for (const file of zip.file(/^word\/.*\.xml$/)) {
    const text = file.asText().replace(/<[^>]*>/g, '');
    let depth = 0;
    for (const m of text.matchAll(/\{\s*([#^/])\s*([^{}]{0,30})/g)) {
      depth += m[1] === '/' ? -1 : 1;
      if (depth > MAX_LOOP_DEPTH) {
        throw refuse(issue('loopsTooDeep', { tag: m[2]!.trim(), maximum: MAX_LOOP_DEPTH }));
      }
    }
  }
}

function openZip(template: Buffer, name: string): PizZip {
  if (template.length > MAX_TEMPLATE_BYTES) {
    throw new AppError('FILE_TOO_LARGE', { name, maximum: MAX_TEMPLATE_BYTES });
  }
  let zip: PizZip;
  try {
    zip = new PizZip(template);
  } catch {
    throw refuse(issue('notDocx', { name }));
  }
  if (!zip.file('word/document.xml') || !zip.file('[Content_Types].xml')) {
    throw refuse(issue('notDocx', { name }));
  }
  const unpacked = Object.values(zip.files).reduce(
    (sum, f) => sum + ((f as unknown as ZipEntryData)._data?.uncompressedSize ?? 0),
    0,
  );
  if (unpacked > MAX_TEMPLATE_UNPACKED_BYTES) {
    throw refuse(issue('unpackedTooLarge', { name, maximum: MAX_TEMPLATE_UNPACKED_BYTES }));
  }
  checkParts(zip, name);
  checkLoopDepth(zip);
  return zip;
}

/** "enterprise.name" looked up key by key, own properties only (a tag cannot reach Object's members). */
function resolvePath(scope: unknown, tag: string): unknown {
  const path = tag.trim();
  if (path === '.' || path === '') return scope;
  let value: unknown = scope;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

export function fillTemplate(template: Buffer, data: TemplateData, name: string): TemplateFillResult {
  const zip = openZip(template, name);
  const unknown = new Set<string>();
  let doc: Docxtemplater;
  try {
    doc = new Docxtemplater(zip, {
      paragraphLoop: true,
      linebreaks: true,
      // Errors become the user's issues below; docxtemplater would also print them to the console.
      errorLogging: false,
      parser: (tag) => ({ get: (scope: unknown) => resolvePath(scope, tag) }),
      nullGetter: (part, scopeManager) => {
        unknown.add([...scopeManager.scopePath, part.value.trim()].join('.'));
        // A loop with nothing to repeat shows nothing; a plain tag stays as written, so the user
        // finds it in the document where the template wanted it.
        return part.module ? '' : `{${part.value}}`;
      },
    });
    doc.render(data);
  } catch (e) {
    throw templateError(e, name);
  }
  const buffer = doc.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' });
  return { buffer, unknownTags: [...unknown].sort() };
}
