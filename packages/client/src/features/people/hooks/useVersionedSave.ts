import { useState } from 'react';
import type { FieldValues } from 'react-hook-form';
import type { GovukFormApi } from '../../../ui/form';
import { readConflict, type Conflict } from '../conflict';

interface Options<In extends FieldValues, Out> {
  form: GovukFormApi<In, Out>;
  /** The version of the section when editing began: sent as `expectedVersion`. Later changes to it are ignored. */
  version: number;
  /** Sends the edit, claiming it is based on `expectedVersion`. */
  save: (values: Out, expectedVersion: number) => Promise<unknown>;
  onSaved: (values: Out) => void;
}

export type VersionedSave<Out> = ReturnType<typeof useVersionedSave<FieldValues, Out>>;

/**
 * Saving one versioned section of a record. A save based on an old version comes back as
 * VERSION_CONFLICT with the section as it is now: `conflict` then holds it, the form keeps what the
 * user typed, and `keepMine` saves again on top of the newer version. Other failures go to the form.
 */
export function useVersionedSave<In extends FieldValues, Out>({ form, version, save, onSaved }: Options<In, Out>) {
  const [startVersion] = useState(version);
  const [conflict, setConflict] = useState<Conflict | null>(null);

  async function run(values: Out, expectedVersion: number) {
    try {
      await save(values, expectedVersion);
    } catch (error) {
      const found = readConflict(error);
      if (!found) throw error;
      setConflict(found);
      return;
    }
    setConflict(null);
    onSaved(values);
  }

  return {
    saving: form.formState.isSubmitting,
    conflict,
    /** The form's submit handler: saves on top of the version editing began from. */
    onSubmit: (values: Out) => run(values, startVersion),
    /** After a conflict: checks and saves what the user typed on top of the newer version. */
    keepMine: () => void form.submit((values) => run(values, conflict?.version ?? startVersion))(),
    /** Whether the section has changed on the server since editing began (say, a live update arrived). */
    changedSince: (latestVersion: number | null | undefined) => latestVersion != null && latestVersion !== startVersion,
  };
}
