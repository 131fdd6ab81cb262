import { DEADLINE_TAGS } from '../labels';

/** Where a rights request stands against its deadline. */
export function DeadlineTag({ state }: { state: string }) {
  const tag = DEADLINE_TAGS[state] ?? { text: state, className: 'govuk-tag--grey' };
  return <strong className={`govuk-tag ${tag.className}`}>{tag.text}</strong>;
}
