import { useState } from 'react';
import { readApiError } from '../../../ui/apiErrors';
import { formErrorsFromApi, NO_ERRORS, type FieldErrors, type FormErrors } from '../../../ui/formErrors';
import { readConflict, type Conflict } from '../conflict';

interface Options<F extends string> {
  /** The version of the section when editing began: sent as `expectedVersion`. Later changes to it are ignored. */
  version: number;
  fieldNames: readonly F[];
  /** Where an ALREADY_EXISTS without field messages goes. */
  duplicateField: F;
  /** Sends the edit, claiming it is based on `expectedVersion`. */
  save: (expectedVersion: number) => Promise<unknown>;
  onSaved: () => void;
}

/**
 * Saving one versioned section of a record. A save based on an old version comes back as
 * VERSION_CONFLICT with the section as it is now: `conflict` then holds it, the form keeps what the
 * user typed, and `keepMine` saves again on top of the newer version.
 */
export function useVersionedSave<F extends string>({ version, fieldNames, duplicateField, save, onSaved }: Options<F>) {
  const [startVersion] = useState(version);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [errors, setErrors] = useState<FormErrors<F>>(NO_ERRORS);
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);

  async function run(fieldErrors: FieldErrors<F>, expectedVersion: number) {
    if (saving) return;
    setAttempt((n) => n + 1);
    setErrors({ fields: fieldErrors, general: null });
    if (Object.values(fieldErrors).some(Boolean)) return;
    setSaving(true);
    try {
      await save(expectedVersion);
      setSaving(false);
      setConflict(null);
      onSaved();
    } catch (error) {
      setSaving(false);
      const found = readConflict(error);
      if (found) setConflict(found);
      else setErrors(formErrorsFromApi(readApiError(error), fieldNames, duplicateField));
    }
  }

  return {
    saving,
    errors,
    /** Changes on every submit, to give the error summary a new key (so it takes focus again). */
    attempt,
    conflict,
    /** Validates, then saves on top of the version editing began from. */
    submit: (fieldErrors: FieldErrors<F>) => run(fieldErrors, startVersion),
    /** After a conflict: saves what the user typed on top of the newer version. */
    keepMine: (fieldErrors: FieldErrors<F>) => run(fieldErrors, conflict?.version ?? startVersion),
    /** Whether the section has changed on the server since editing began (say, a live update arrived). */
    changedSince: (latestVersion: number | null | undefined) => latestVersion != null && latestVersion !== startVersion,
  };
}
