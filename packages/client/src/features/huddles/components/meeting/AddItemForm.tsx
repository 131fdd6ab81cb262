import { useState } from 'react';
import { useMeeting } from './MeetingContext';
import { AddItemPanel } from './lazyParts';

/** Any member can raise an item for the agenda (it goes to the end; the chair can move it). */
export function AddItemForm({ onAdded }: { onAdded: (itemId: string) => void }) {
  const { meeting } = useMeeting();
  const [open, setOpen] = useState(false);

  if (meeting.status === 'CLOSED') return null;
  if (!open) {
    return (
      <button type="button" className="govuk-button govuk-button--secondary app-button--small app-no-print" onClick={() => setOpen(true)}>
        Add an item to the agenda
      </button>
    );
  }
  return <AddItemPanel onAdded={onAdded} onClose={() => setOpen(false)} />;
}
