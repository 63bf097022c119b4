/**
 * Where in a pack's JSON text a schema issue's path (programmes[2].support.rate) points, so the
 * editor can name the line and put the caret there: a pack runs to hundreds of lines, and a path
 * alone leaves the user counting array elements.
 */
const WHITESPACE = /[ \t\n\r]*/y;
const STRING = /"(?:[^"\\]|\\.)*"/y;

class PathFinder {
  private i = 0;
  constructor(private readonly text: string) {}

  private skip(): void {
    WHITESPACE.lastIndex = this.i;
    WHITESPACE.test(this.text);
    this.i = WHITESPACE.lastIndex;
  }

  private string(): string {
    STRING.lastIndex = this.i;
    const m = STRING.exec(this.text);
    if (!m) throw new SyntaxError('string expected');
    this.i = STRING.lastIndex;
    return JSON.parse(m[0]) as string;
  }

  /** Steps over one value of any kind, leaving `i` just after it. */
  private value(): void {
    this.skip();
    const ch = this.text[this.i];
    if (ch === '"') {
      this.string();
      return;
    }
    if (ch === '{' || ch === '[') {
      this.members(ch, () => this.value());
      return;
    }
    // Numbers and the three words end at the next delimiter (the text is valid JSON).
    while (this.i < this.text.length && !/[\s,\]}]/.test(this.text[this.i]!)) this.i++;
  }

  /**
   * Walks the members of the object or array at `i`; `visit` is given each member's key (or index)
   * with `i` at its value and must leave `i` after it. Returns true when `visit` asked to stop.
   */
  private members(open: string, visit: (key: string | number) => boolean | void): boolean {
    this.i++;
    for (let index = 0; ; index++) {
      this.skip();
      const ch = this.text[this.i];
      if (ch === undefined) throw new SyntaxError('unterminated');
      if (ch === '}' || ch === ']') {
        this.i++;
        return false;
      }
      if (ch === ',') {
        this.i++;
        this.skip();
      }
      let key: string | number = index;
      if (open === '{') {
        key = this.string();
        this.skip();
        this.i++; // ':'
      }
      this.skip();
      if (visit(key) === true) return true;
    }
  }

  /** The offset of the deepest value along `path` that the text has. */
  find(path: readonly (string | number)[]): number {
    this.skip();
    let found = this.i;
    for (const step of path) {
      const ch = this.text[this.i];
      if (ch !== '{' && ch !== '[') return found;
      const hit = this.members(ch, (key) => {
        if (String(key) === String(step)) return true;
        this.value();
      });
      if (!hit) return found;
      found = this.i;
    }
    return found;
  }
}

/** Null when the text is not JSON (a syntax error has its own position). */
export function jsonPathOffset(text: string, path: readonly (string | number)[]): number | null {
  try {
    // The finder reads valid JSON only; checking first spares it every syntax rule.
    JSON.parse(text);
    return new PathFinder(text).find(path);
  } catch {
    return null;
  }
}

/** 1-based line and column of an offset, as editors count them. */
export function lineAndColumnAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** The offset of a 1-based line and column: the inverse of lineAndColumnAt. */
export function offsetOf(text: string, line: number, column: number): number {
  const lines = text.split('\n');
  const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
  return Math.min(text.length, start + column - 1);
}
