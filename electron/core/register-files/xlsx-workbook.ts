/**
 * The workbook's structure from its package parts: where the workbook part is (_rels/.rels), its
 * sheets in tab order with their visibility and part names (workbook.xml and its relationships),
 * its date system, and where its shared strings and styles are.
 */
import { ZipArchive } from './zip-archive';
import { rootPrefix, startTags } from './xml-scan';

export interface WorkbookSheet {
  name: string;
  /** Position among the workbook's tabs (0-based). */
  index: number;
  hidden: boolean;
  /** The worksheet part; null for a chart sheet or dialog sheet, which hold no cells. */
  part: string | null;
}

export interface WorkbookParts {
  sheets: WorkbookSheet[];
  date1904: boolean;
  sharedStrings: string | null;
  styles: string | null;
}

/** workbook.xml, the relationship parts and [Content_Types].xml: a few KiB in real workbooks. */
export const SMALL_PART_BYTES = 64 << 20;

interface Relationship {
  type: string;
  target: string;
}

export async function readText(zip: ZipArchive, name: string, maxBytes: number): Promise<string | null> {
  const entry = zip.entry(name);
  if (!entry) return null;
  const bytes = await zip.read(entry, maxBytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.toString('utf16le', 2);
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A relationship target as a part name: relative to the source part's folder, or absolute. */
export function resolveTarget(sourceFolder: string, target: string): string {
  let path = target.replace(/\\/g, '/');
  try {
    path = decodeURI(path);
  } catch {
    // Not percent-encoded after all: use it as written.
  }
  const segments = (path.startsWith('/') ? path : `${sourceFolder}/${path}`).split('/');
  const out: string[] = [];
  for (const s of segments) {
    if (s === '..') out.pop();
    else if (s !== '.' && s !== '') out.push(s);
  }
  return out.join('/');
}

function folderOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return slash < 0 ? '' : part.slice(0, slash);
}

/** The relationships of `part` (from its _rels/NAME.rels), by id. */
async function relationships(zip: ZipArchive, part: string): Promise<Map<string, Relationship>> {
  const folder = folderOf(part);
  const file = part.slice(folder.length ? folder.length + 1 : 0);
  const xml = await readText(zip, `${folder ? folder + '/' : ''}_rels/${file}.rels`, SMALL_PART_BYTES);
  const out = new Map<string, Relationship>();
  if (xml === null) return out;
  for (const rel of startTags(xml, rootPrefix(xml) ?? '', 'Relationship')) {
    const a = rel.attributes;
    if (a.get('TargetMode') === 'External') continue;
    const target = a.get('Target');
    if (target === undefined) continue;
    out.set(a.get('Id') ?? '', { type: a.get('Type') ?? '', target: resolveTarget(folder, target) });
  }
  return out;
}

/** Relationship types differ between transitional and strict OOXML only in their base URI. */
const ofType = (rel: Relationship, type: string) => rel.type.endsWith(`/${type}`);

/** The workbook part: the package's office document, else where every writer puts it. */
async function workbookPart(zip: ZipArchive): Promise<string | null> {
  for (const rel of (await relationships(zip, '')).values()) {
    if (ofType(rel, 'officeDocument') && zip.entry(rel.target)) return rel.target;
  }
  return zip.entry('xl/workbook.xml') ? 'xl/workbook.xml' : null;
}

/** The workbook's structure; null when the zip holds no workbook (a .docx, an .ods, any zip). */
export async function readWorkbook(zip: ZipArchive): Promise<WorkbookParts | null> {
  const part = await workbookPart(zip);
  if (part === null) return null;
  const xml = (await readText(zip, part, SMALL_PART_BYTES)) ?? '';
  const prefix = rootPrefix(xml) ?? '';
  const rels = await relationships(zip, part);
  const folder = folderOf(part);
  const relOfType = (type: string, fallback: string) => {
    for (const rel of rels.values()) if (ofType(rel, type)) return rel.target;
    return zip.entry(`${folder}/${fallback}`) ? `${folder}/${fallback}` : null;
  };
  let date1904 = false;
  for (const pr of startTags(xml, prefix, 'workbookPr')) {
    const value = pr.attributes.get('date1904');
    date1904 = value === '1' || value === 'true';
  }
  const sheets: WorkbookSheet[] = [];
  for (const tag of startTags(xml, prefix, 'sheet')) {
    const a = tag.attributes;
    const state = a.get('state');
    // r:id, under whatever prefix the relationships namespace was given
    let id: string | undefined;
    for (const [key, value] of a) if (key.endsWith(':id')) id = value;
    const rel = id === undefined ? undefined : rels.get(id);
    sheets.push({
      name: a.get('name') ?? `Sheet${sheets.length + 1}`,
      index: sheets.length,
      hidden: state === 'hidden' || state === 'veryHidden',
      part: rel && (ofType(rel, 'worksheet') || rel.type === '') ? rel.target : null,
    });
  }
  return {
    sheets,
    date1904,
    sharedStrings: relOfType('sharedStrings', 'sharedStrings.xml'),
    styles: relOfType('styles', 'styles.xml'),
  };
}
