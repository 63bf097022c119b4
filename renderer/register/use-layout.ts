import { useEffect, useEffectEvent, useState, type RefObject } from 'react';
import { carriesFiles } from '../components/drag-files';

/** A value that follows `value` once it stopped changing for `ms` (typing into a search box). */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** Room for the table's header row and the page's bottom padding below the table body. */
const BELOW_BODY = 72;
const MIN_HEIGHT = 320;

/**
 * The height the table body can take from where `ref` starts down to the bottom of the window. A
 * virtual table needs a height in pixels; this keeps the page itself from scrolling.
 */
export function useHeightToBottom(ref: RefObject<HTMLElement | null>): number {
  const [height, setHeight] = useState(MIN_HEIGHT);
  useEffect(() => {
    const measure = () => {
      const top = ref.current?.getBoundingClientRect().top ?? 0;
      setHeight(Math.max(MIN_HEIGHT, Math.floor(window.innerHeight - top - BELOW_BODY)));
    };
    measure();
    window.addEventListener('resize', measure);
    const observer = new ResizeObserver(measure);
    // What sits above the table (filters wrapping, the selection bar) resizes the page and moves it down.
    if (ref.current?.parentElement) observer.observe(ref.current.parentElement);
    return () => {
      window.removeEventListener('resize', measure);
      observer.disconnect();
    };
  }, [ref]);
  return height;
}

/**
 * Files dropped anywhere on the window: the browser would otherwise open a file dropped beside a
 * drop area in place of the app. Drops a control handled itself (the import wizard's drop area)
 * are left to it, and so are files `takes` refuses (another handler on the window gets them).
 * Returns whether files are being dragged over the window.
 */
export function useWindowFileDrop(
  onFile: (file: File) => void,
  takes: (file: File) => boolean = () => true,
): boolean {
  const [dragging, setDragging] = useState(false);
  const take = useEffectEvent(onFile);
  const wants = useEffectEvent(takes);
  useEffect(() => {
    const over = (event: DragEvent) => {
      if (!carriesFiles(event) || event.defaultPrevented) return;
      event.preventDefault();
      setDragging(true);
    };
    // relatedTarget is null only when the drag leaves the window itself.
    const leave = (event: DragEvent) => event.relatedTarget === null && setDragging(false);
    const drop = (event: DragEvent) => {
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (!file || event.defaultPrevented || !wants(file)) return;
      event.preventDefault();
      take(file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);
  return dragging;
}
