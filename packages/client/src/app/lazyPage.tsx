import { lazy, Suspense, useState, type ComponentType } from 'react';
import { PageLoading } from '../ui/Loading';

/** A page that loads on demand, and can be asked to start loading early (on a hover, say). */
export type LazyPage<P extends object> = ComponentType<P> & { preload: () => Promise<unknown> };

/**
 * A page in a chunk of its own, loaded the first time it is shown. While it loads, the GOV.UK-style
 * loading state holds the page's space, so nothing below jumps when it arrives. Use it for every
 * route: `const XPage = lazyPage(() => import('../features/x/components/XPage'))` (the module
 * default-exports the page).
 *
 * A page whose chunk has arrived already (preloaded while the session was checked) is drawn
 * straight away, without a round through the loading state.
 */
export function lazyPage<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): LazyPage<P> {
  let loaded: ComponentType<P> | null = null;
  const loadAndKeep = () =>
    load().then((module) => {
      loaded = module.default;
      return module;
    });
  const Page = lazy(loadAndKeep);
  function LoadedPage(props: P) {
    // Chosen once per mount, so the page is never swapped for another copy of itself.
    const [Ready] = useState(() => loaded);
    if (Ready) return <Ready {...props} />;
    return (
      <Suspense fallback={<PageLoading />}>
        <Page {...props} />
      </Suspense>
    );
  }
  return Object.assign(LoadedPage, { preload: loadAndKeep });
}
