import { AGREEMENT_STATE_LABELS, NEED_STATUS_LABELS, type AgreementState, type NeedStatus } from '@casehuddle/shared';
import type { AccessBasis } from '../../../generated/graphql';
import { ACCESS_BASIS, AGREEMENT_STATE_TAGS, NEED_STATUS_TAGS } from '../labels';

function Tag({ className, children }: { className: string; children: string }) {
  return <strong className={['govuk-tag', 'app-tag', className].filter(Boolean).join(' ')}>{children}</strong>;
}

export function NeedStatusTag({ status }: { status: NeedStatus }) {
  return <Tag className={NEED_STATUS_TAGS[status]}>{NEED_STATUS_LABELS[status]}</Tag>;
}

export function AgreementStateTag({ state }: { state: AgreementState }) {
  return <Tag className={AGREEMENT_STATE_TAGS[state]}>{AGREEMENT_STATE_LABELS[state]}</Tag>;
}

export function AccessBasisTag({ basis }: { basis: AccessBasis }) {
  return <Tag className={ACCESS_BASIS[basis].tag}>{ACCESS_BASIS[basis].label}</Tag>;
}

export function LockedDownTag() {
  return <Tag className="govuk-tag--orange">Locked down</Tag>;
}

export function RestrictedTag({ children = 'Restricted' }: { children?: string }) {
  return <Tag className="govuk-tag--magenta">{children}</Tag>;
}

/** A child's record: the date of birth says the person is under 18 today. */
export function ChildTag() {
  return <Tag className="govuk-tag--purple">Under 18</Tag>;
}
