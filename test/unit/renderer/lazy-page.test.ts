/**
 * A page whose code was loaded ahead renders in its first render, without the loading fallback
 * (which React would hold on screen for at least 300 ms); one not loaded yet falls back as before
 * and shows once its code is in. Rendered with React's own server renderer: no DOM needed.
 */
import { createElement, Suspense } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { lazyPage } from '../../../renderer/app/lazy-page';

function pageLoader() {
  let loads = 0;
  const load = async () => {
    loads++;
    return ({ name }: { name: string }) => createElement('p', null, `page of ${name}`);
  };
  return { load, loads: () => loads };
}

/** A Suspense boundary rendered with its content (<!--$!--> would mark one left to its fallback). */
const DONE = (html: string) => `<!--$-->${html}<!--/$-->`;

const inSuspense = (page: ReturnType<typeof lazyPage<{ name: string }>>) =>
  renderToString(createElement(Suspense, { fallback: 'loading' }, createElement(page, { name: '南山精密' })));

describe('lazyPage', () => {
  it('renders a preloaded page at once, loading its code once', async () => {
    const loader = pageLoader();
    const Page = lazyPage(loader.load);
    await Page.preload();
    expect(inSuspense(Page)).toBe(DONE('<p>page of 南山精密</p>'));
    expect(inSuspense(Page)).toBe(DONE('<p>page of 南山精密</p>'));
    expect(loader.loads()).toBe(1);
  });

  it('falls back while a page not preloaded loads, then renders it', async () => {
    const loader = pageLoader();
    const Page = lazyPage(loader.load);
    expect(inSuspense(Page)).toContain('loading');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(inSuspense(Page)).toBe(DONE('<p>page of 南山精密</p>'));
    expect(loader.loads()).toBe(1);
  });

  it('lets a failed preload be tried again by the render', async () => {
    let attempt = 0;
    const Page = lazyPage<{ name: string }>(async () => {
      if (++attempt === 1) throw new Error('chunk failed to load');
      return () => createElement('p', null, 'second try');
    });
    await expect(Page.preload()).rejects.toThrow('chunk failed to load');
    expect(inSuspense(Page)).toContain('loading');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(inSuspense(Page)).toBe(DONE('<p>second try</p>'));
  });
});
