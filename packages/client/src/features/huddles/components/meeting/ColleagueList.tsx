import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import type { HuddleColleaguesQuery as HuddleColleaguesResult } from '../../../../generated/graphql';
import { HuddleColleaguesQuery } from '../../graphql/huddles';

export type Colleague = HuddleColleaguesResult['colleagues'][number];

interface ColleagueListValue {
  /** Everyone in the partnership, by name; null until read. */
  colleagues: readonly Colleague[] | null;
  /** Asks for the list (read once, when first needed). */
  need: () => void;
}

const ColleagueListContext = createContext<ColleagueListValue | null>(null);

const collator = new Intl.Collator('en-GB');

/** Sorts people by name, the way the lists in the room show them. */
export const byName = (a: { name: string }, b: { name: string }) => collator.compare(a.name, b.name);

/**
 * The partnership's colleagues for the meeting room (the quick action's owners, the chair's
 * register), read once per visit when first needed, and kept out of Apollo's
 * normalised cache: writing hundreds of people into it, and reading them back, was much of the
 * work the room waited for after its data arrived. Only the components that use the list redraw
 * when it arrives.
 */
export function ColleagueListProvider({ children }: { children: ReactNode }) {
  const [wanted, setWanted] = useState(false);
  const { data } = useQuery(HuddleColleaguesQuery, { fetchPolicy: 'no-cache', skip: !wanted });
  const need = useCallback(() => setWanted(true), []);
  const colleagues = data?.colleagues ?? null;
  const sorted = useMemo(() => (colleagues ? [...colleagues].sort(byName) : null), [colleagues]);
  const value = useMemo(() => ({ colleagues: sorted, need }), [sorted, need]);
  return <ColleagueListContext value={value}>{children}</ColleagueListContext>;
}

/**
 * The partnership's colleagues, sorted by name (null until read). They are asked for once `wanted`
 * is true; once read, every user of the list has them at once.
 */
export function useColleagueList(wanted = true): readonly Colleague[] | null {
  const value = use(ColleagueListContext);
  if (!value) throw new Error('useColleagueList must be used inside the meeting page');
  const { need, colleagues } = value;
  useEffect(() => {
    if (wanted) need();
  }, [wanted, need]);
  return colleagues;
}
