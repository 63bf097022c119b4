/**
 * One running copy per user: two processes writing the same workspace file would each keep their
 * own view of it. A second launch hands over to the first window, with the files it was given, and exits.
 */
import type { App, BrowserWindow } from 'electron';

export function focusWindow(window: BrowserWindow | null): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  if (!window.isVisible()) window.show();
  window.focus();
}

/** What a second launch was started with. */
export type SecondLaunchHandler = (argv: string[], workingDirectory: string) => void;

/** False when another instance holds the lock; this process is then already quitting. */
export function claimSingleInstance(
  app: Pick<App, 'requestSingleInstanceLock' | 'quit' | 'on'>,
  getWindow: () => BrowserWindow | null,
  onSecondLaunch: SecondLaunchHandler = () => {},
): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', (_event, argv, workingDirectory) => {
    focusWindow(getWindow());
    onSecondLaunch(argv, workingDirectory);
  });
  return true;
}
