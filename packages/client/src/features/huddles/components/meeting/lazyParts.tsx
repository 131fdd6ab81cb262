import { lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';
import { Loading } from '../../../../ui/Loading';

/**
 * The room's forms (React Hook Form and zod, about 36 KB compressed) and the minutes are not part
 * of the room's first load: each is a chunk of its own, asked for once the room has been drawn
 * (`preloadRoomParts`) or when first shown, whichever comes first. A part whose chunk has arrived
 * is drawn at once; until then its fallback holds its place.
 */
function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>, fallback: ReactNode) {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<{ default: ComponentType<P> }> | null = null;
  const preload = () =>
    (loading ??= load().then(
      (component) => {
        loaded = component;
        return { default: component };
      },
      (error: unknown) => {
        loading = null; // a failed chunk may be asked for again
        throw error;
      },
    ));
  const Lazy = lazy(preload);
  function Part(props: P) {
    // Chosen once per mount, so the part is never swapped for another copy of itself.
    const [Ready] = useState(() => loaded);
    if (Ready) return <Ready {...props} />;
    return (
      <Suspense fallback={fallback}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  return Object.assign(Part, { preload });
}

export const QuickActionForm = lazyPart(
  () => import('./QuickActionForm').then((m) => m.QuickActionForm),
  <div className="app-form-panel app-quick-action app-no-print">
    <h3 className="govuk-heading-s">Add an action</h3>
    <Loading text="Loading the form…" />
  </div>,
);

export const AddItemPanel = lazyPart(() => import('./AddItemPanel').then((m) => m.AddItemPanel), <Loading text="Loading the form…" />);

export const MinutesView = lazyPart(() => import('./MinutesView').then((m) => m.MinutesView), <Loading text="Opening the minutes…" />);

/** Asks for the live room's forms, after it has been drawn (they are usually there before anyone uses them). */
export function preloadRoomParts(): void {
  const load = () => {
    void QuickActionForm.preload().catch(() => undefined);
    void AddItemPanel.preload().catch(() => undefined);
  };
  if ('requestIdleCallback' in window) window.requestIdleCallback(load, { timeout: 2000 });
  else setTimeout(load, 200);
}
