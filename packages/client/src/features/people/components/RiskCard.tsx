import { useMutation } from '@apollo/client/react';
import { z } from 'zod';
import { LIMITS } from '@casehuddle/shared';
import type { PersonRecordFieldsFragment } from '../../../generated/graphql';
import { TextAreaField, useGovukForm } from '../../../ui/form';
import { optionalText } from '../../../ui/schema';
import { canEdit } from '../access';
import { currentText } from '../conflict';
import { UpdatePersonRiskMutation } from '../graphql/people';
import { usePerson } from './PersonContext';
import { SummaryList } from './SectionCard';
import { EditableCard, SectionEditor, type EditorCallbacks } from './SectionEditor';
import { RestrictedTag } from './tags';

type Risk = NonNullable<PersonRecordFieldsFragment['risk']>;

const IDS = { summary: 'risk-summary', safetyPlan: 'risk-safety-plan' };
const LABELS = { summary: 'Risks', safetyPlan: 'Safety plan' };
const FIELDS = ['summary', 'safetyPlan'] as const;
const notes = () =>
  optionalText(LIMITS.notesMaxLength, `Keep this to ${LIMITS.notesMaxLength.toLocaleString('en-GB')} characters or fewer`);
const schema = z.object({ summary: notes(), safetyPlan: notes() });

function RiskEditor({ personId, risk, ...callbacks }: EditorCallbacks & { personId: string; risk: Risk }) {
  const form = useGovukForm({ schema, defaultValues: { summary: risk.summary ?? '', safetyPlan: risk.safetyPlan ?? '' }, ids: IDS });
  const [update] = useMutation(UpdatePersonRiskMutation);
  return (
    <SectionEditor
      {...callbacks}
      form={form}
      id="risk"
      title="Edit risks and safety"
      version={risk.version}
      save={(values, expectedVersion) => update({ variables: { input: { personId, expectedVersion, ...values } } })}
      savedText="Risks and safety saved."
      what="Risks and safety"
      changedWhat="risks and safety"
      conflictRows={(conflict, mine) =>
        FIELDS.map((field) => ({ label: LABELS[field], theirs: currentText(conflict, field), mine: mine?.[field] ?? null }))
      }
      saveLabel="Save risks and safety"
    >
      {FIELDS.map((field, index) => (
        <TextAreaField key={field} name={field} label={LABELS[field]} rows={4} autoFocus={index === 0} />
      ))}
    </SectionEditor>
  );
}

/** Risks and safety: a restricted section, shared only when an agreement names it. */
export function RiskCard() {
  const { person } = usePerson();
  const { risk } = person;
  return (
    <EditableCard
      id="risk"
      title="Risks and safety"
      tag={<RestrictedTag />}
      what="risks and safety"
      shared={risk !== null}
      notShared="Not shared with your organisation: risks and safety are restricted."
      editable={canEdit(person, 'RISK')}
      theirsShown="Their version of risks and safety is shown. Your changes were not saved."
      editor={(callbacks) => risk && <RiskEditor personId={person.id} risk={risk} {...callbacks} />}
    >
      {risk ? (
        <SummaryList
          rows={[
            { key: LABELS.summary, value: risk.summary },
            { key: LABELS.safetyPlan, value: risk.safetyPlan },
          ]}
        />
      ) : null}
    </EditableCard>
  );
}
