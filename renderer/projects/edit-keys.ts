import type { KeyboardEvent } from 'react';

/**
 * Enter and Esc for a form or a row being edited. Keys typed while an input method composes
 * Chinese belong to the composition; an open list (select, date picker) and a button take their
 * own keys; Enter in a multi-line text adds a line.
 */
export function editKeys({ onEnter, onEscape }: { onEnter?: () => void; onEscape?: () => void }) {
  return (e: KeyboardEvent) => {
    if (e.nativeEvent.isComposing || e.keyCode === 229) return;
    const target = e.target as HTMLElement;
    if (target.getAttribute('aria-expanded') === 'true') return;
    if (e.key === 'Enter' && onEnter) {
      if (target.tagName === 'TEXTAREA' || target.tagName === 'BUTTON') return;
      e.preventDefault();
      onEnter();
    } else if (e.key === 'Escape' && onEscape) {
      e.preventDefault();
      onEscape();
    }
  };
}
