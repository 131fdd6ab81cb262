import {
  ACTION_STATUS_LABELS,
  AGENDA_ITEM_KIND_LABELS,
  type ActionStatus,
  type AgendaItemKind,
  type MeetingStatus,
} from '@casehuddle/shared';
import { ACTION_STATUS_TAGS } from '../../actions/labels';
import { MEETING_STATUS_LABELS, MEETING_STATUS_TAGS } from '../labels';

const KIND_TAGS: Record<AgendaItemKind, string> = {
  RELEASE_SOON: 'govuk-tag--purple',
  OVERDUE_ACTIONS: 'govuk-tag--red',
  OUTCOME_DUE: 'govuk-tag--teal',
  NEW_REFERRAL: '',
  RAISED: 'govuk-tag--grey',
  CARRIED_OVER: 'govuk-tag--yellow',
  INCOMPLETE_ACTIONS_REVIEW: 'govuk-tag--orange',
  PERSON_DISCUSSED: 'govuk-tag--grey',
};

export function Tag({ className, children }: { className?: string; children: string }) {
  return <strong className={['govuk-tag', 'app-tag', className].filter(Boolean).join(' ')}>{children}</strong>;
}

export function MeetingStatusTag({ status }: { status: MeetingStatus }) {
  return <Tag className={MEETING_STATUS_TAGS[status]}>{MEETING_STATUS_LABELS[status]}</Tag>;
}

export function ItemKindTag({ kind }: { kind: AgendaItemKind }) {
  return <Tag className={KIND_TAGS[kind]}>{AGENDA_ITEM_KIND_LABELS[kind]}</Tag>;
}

export function ActionTag({ status, overdue }: { status: ActionStatus; overdue: boolean }) {
  return (
    <span className="app-tag-list">
      {overdue ? <Tag className="govuk-tag--red">Overdue</Tag> : null}
      <Tag className={ACTION_STATUS_TAGS[status]}>{ACTION_STATUS_LABELS[status]}</Tag>
    </span>
  );
}
