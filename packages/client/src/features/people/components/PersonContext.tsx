import { createContext, use } from 'react';
import type { PersonRecord } from '../access';

interface PersonContextValue {
  person: PersonRecord;
  /** Reads the record again from the server (say, after choosing someone else's version). */
  refresh: () => Promise<void>;
}

const PersonContext = createContext<PersonContextValue | null>(null);

export const PersonProvider = PersonContext;

/** The record on the person page, for its sections. */
export function usePerson(): PersonContextValue {
  const value = use(PersonContext);
  if (!value) throw new Error('usePerson must be used inside the person page');
  return value;
}
