import type { DragEvent } from 'react';

/** True while a drag carries files (not text or a link). */
export const carriesFiles = (event: Pick<DragEvent, 'dataTransfer'> | globalThis.DragEvent): boolean =>
  event.dataTransfer?.types.includes('Files') ?? false;
