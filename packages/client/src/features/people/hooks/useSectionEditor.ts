import { useEffect, useRef, useState } from 'react';

/**
 * The open/closed state of one section's edit form, with focus handled: after saving, a confirmation
 * takes focus (see SavedMessage); after cancelling, focus goes back to the button that opened the form.
 */
export function useSectionEditor<K = true>() {
  const [editing, setEditing] = useState<K | null>(null);
  const [saved, setSaved] = useState<{ text: string; key: number } | null>(null);
  const editButtons = useRef(new Map<string, HTMLButtonElement>());
  const returnFocusTo = useRef<string | null>(null);

  useEffect(() => {
    if (editing !== null || returnFocusTo.current === null) return;
    editButtons.current.get(returnFocusTo.current)?.focus();
    returnFocusTo.current = null;
  }, [editing]);

  return {
    /** What is being edited (true, or which item), or null. */
    editing,
    saved,
    start: (what: K) => {
      setSaved(null);
      setEditing(what);
    },
    cancel: () => {
      returnFocusTo.current = String(editing);
      setEditing(null);
    },
    finish: (text: string) => {
      setEditing(null);
      setSaved((previous) => ({ text, key: (previous?.key ?? 0) + 1 }));
    },
    /** A ref callback for the button that opens the form for `what`. */
    editButtonRef: (what: K) => (element: HTMLButtonElement | null) => {
      if (element) editButtons.current.set(String(what), element);
      else editButtons.current.delete(String(what));
    },
  };
}
