import { useCallback, useState } from 'react';

const STORAGE_KEY = 'casehuddle.projectorSafe';

function remembered(): boolean {
  try {
    return window.sessionStorage.getItem(STORAGE_KEY) === 'on';
  } catch {
    return false;
  }
}

/**
 * Projector-safe mode, remembered for this browser tab's session: a screen shared with the room
 * stays safe after moving between meetings or reloading.
 */
export function useProjectorSafe(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(remembered);
  const set = useCallback((value: boolean) => {
    setOn(value);
    try {
      if (value) window.sessionStorage.setItem(STORAGE_KEY, 'on');
      else window.sessionStorage.removeItem(STORAGE_KEY);
    } catch {
      // Storage may be unavailable (private browsing): the mode still works for this page.
    }
  }, []);
  return [on, set];
}
