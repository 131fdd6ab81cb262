import { lazy, Suspense, type ComponentType } from 'react';
import { PageLoading } from '../ui/Loading';

/** A page that loads on demand, and can be asked to start loading early (on a hover, say). */
export type LazyPage<P extends object> = ComponentType<P> & { preload: () => Promise<unknown> };

/**
 * A page in a chunk of its own, loaded the first time it is shown. While it loads, the GOV.UK-style
 * loading state holds the page's space, so nothing below jumps when it arrives. Use it for every
 * route: `const XPage = lazyPage(() => import('../features/x/components/XPage'))` (the module
 * default-exports the page).
 */
export function lazyPage<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): LazyPage<P> {
  const Page = lazy(load);
  function LoadedPage(props: P) {
    return (
      <Suspense fallback={<PageLoading />}>
        <Page {...props} />
      </Suspense>
    );
  }
  return Object.assign(LoadedPage, { preload: load });
}
