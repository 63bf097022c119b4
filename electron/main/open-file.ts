/**
 * Files given to the app rather than picked in it: double-clicked or dropped on the Dock icon
 * (macOS 'open-file', which can arrive before the app is ready), named on the command line of the
 * first launch (Windows, Linux), or of a second launch that hands over to the first. Each is
 * registered with the core's file registry and offered to the page as a ShellCommand, once the
 * core exists and the page has loaded; until then they wait in order.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ShellCommand } from '../../shared/api/bridge';
import type { FileRef } from '../../shared/register/register-api';

export type OpenedFileKind = 'register' | 'handoff';

const KINDS: Record<string, OpenedFileKind> = {
  '.retrofit': 'handoff',
  '.xlsx': 'register',
  '.csv': 'register',
};

export function openedFileKind(filePath: string): OpenedFileKind | null {
  return KINDS[path.extname(filePath).toLowerCase()] ?? null;
}

/**
 * The files on a command line: arguments that are not switches and name an existing file. The
 * executable (and, unpackaged, the app folder after it) are skipped; Chromium adds its own
 * switches to a second instance's argv, which the switch rule drops.
 */
export function filesFromArgv(argv: readonly string[], workingDirectory: string, skip: number): string[] {
  return argv
    .slice(skip)
    .filter((arg) => !arg.startsWith('-'))
    .map((arg) => path.resolve(workingDirectory, arg))
    .filter((file) => {
      try {
        return fs.statSync(file).isFile();
      } catch {
        return false;
      }
    });
}

export interface OpenFileRouterOptions {
  send(command: ShellCommand): void;
  log(message: string, detail?: unknown): void;
}

export class OpenFileRouter {
  private readonly pending: string[] = [];
  private registrar: { registerRead(filePath: string): FileRef } | null = null;
  private pageReady = false;

  constructor(private readonly options: OpenFileRouterOptions) {}

  /** A file given to the app; kept until the core and the page can take it. */
  open(filePath: string): void {
    const kind = openedFileKind(filePath);
    if (!kind) {
      this.options.log(
        `ignored a file given to the app: not a register or client file (${path.extname(filePath) || 'no extension'})`,
      );
      return;
    }
    this.pending.push(filePath);
    this.flush();
  }

  /** The core's registry, once the workspace is open. */
  setRegistrar(registrar: { registerRead(filePath: string): FileRef }): void {
    this.registrar = registrar;
    this.flush();
  }

  /** True once the page has loaded and can take commands; false while it (re)loads or after it closed. */
  setPageReady(ready: boolean): void {
    this.pageReady = ready;
    this.flush();
  }

  private flush(): void {
    if (!this.registrar || !this.pageReady) return;
    for (const filePath of this.pending.splice(0)) {
      const fileKind = openedFileKind(filePath);
      if (!fileKind) continue;
      try {
        const file = this.registrar.registerRead(filePath);
        this.options.send({ kind: 'open-file', file, fileKind });
      } catch (e) {
        // The code only: a client's name in a file name must not reach the log (and diagnostics).
        this.options.log(
          `could not read a ${fileKind} file given to the app`,
          (e as NodeJS.ErrnoException).code ?? 'unknown',
        );
      }
    }
  }
}
