/**
 * Where JSON text first goes wrong. JSON.parse says so for some mistakes ("at position 11") but
 * not for others (a bare word, single quotes), and a user fixing a pack by hand needs the line.
 */
const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

class Scanner {
  i = 0;
  constructor(private readonly text: string) {}

  private fail(): never {
    throw new RangeError(String(this.i));
  }

  private skip(): void {
    while (WHITESPACE.has(this.text[this.i] ?? '')) this.i++;
  }

  private expect(ch: string): void {
    this.skip();
    if (this.text[this.i] !== ch) this.fail();
    this.i++;
  }

  private string(): void {
    this.expect('"');
    for (;;) {
      const ch = this.text[this.i];
      if (ch === undefined || ch < ' ') this.fail();
      if (ch === '"') break;
      if (ch === '\\') {
        ESCAPE.lastIndex = this.i;
        if (!ESCAPE.test(this.text)) this.fail();
        this.i = ESCAPE.lastIndex;
      } else this.i++;
    }
    this.i++;
  }

  /** Members of an object or array up to its closing character. */
  private members(close: string, member: () => void): void {
    this.i++;
    this.skip();
    if (this.text[this.i] === close) {
      this.i++;
      return;
    }
    for (;;) {
      member();
      this.skip();
      if (this.text[this.i] === close) break;
      this.expect(',');
    }
    this.i++;
  }

  value(): void {
    this.skip();
    const ch = this.text[this.i];
    if (ch === '{') {
      return this.members('}', () => {
        this.string();
        this.expect(':');
        this.value();
      });
    }
    if (ch === '[') return this.members(']', () => this.value());
    if (ch === '"') return this.string();
    NUMBER.lastIndex = this.i;
    if (NUMBER.test(this.text)) {
      this.i = NUMBER.lastIndex;
      return;
    }
    const word = ['true', 'false', 'null'].find((w) => this.text.startsWith(w, this.i));
    if (!word) this.fail();
    this.i += word.length;
  }

  end(): void {
    this.skip();
    if (this.i < this.text.length) this.fail();
  }
}

/** The offset of the first character that is not valid JSON; null when the text is valid. */
export function jsonErrorOffset(text: string): number | null {
  const scanner = new Scanner(text);
  try {
    scanner.value();
    scanner.end();
    return null;
  } catch (e) {
    if (e instanceof RangeError) return Number(e.message);
    throw e;
  }
}
