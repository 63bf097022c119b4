import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export type LazyPage<P> = LazyExoticComponent<ComponentType<P>> & {
  /** Loads the page's code ahead of its first render. */
  preload(): Promise<void>;
};

/**
 * React.lazy for a page whose code can be loaded ahead (the page the app opens on): a page first
 * rendered after its code came in renders at once, without a loading fallback. A fallback, once
 * shown, holds the page back until 300 ms after it appeared (React's reveal throttle).
 */
export function lazyPage<P>(load: () => Promise<ComponentType<P>>): LazyPage<P> {
  let loaded: ComponentType<P> | null = null;
  const preload = () =>
    load().then((page) => {
      loaded = page;
    });
  const page = lazy(() => {
    const ready = loaded;
    // React settles a lazy component in the same render when the thenable answers at once;
    // a Promise always answers a tick later, so a loaded page gets a thenable that does not wait.
    if (ready)
      return {
        then: (resolve: (m: { default: ComponentType<P> }) => void) => resolve({ default: ready }),
      } as never;
    return preload().then(() => ({ default: loaded as ComponentType<P> }));
  });
  return Object.assign(page, { preload });
}
