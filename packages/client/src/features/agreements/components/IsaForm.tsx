import { useQuery } from '@apollo/client/react';
import {
  conditionsNeeded,
  LAWFUL_BASIS_KIND_LABELS,
  LIMITS,
  SHARING_SECTION_LABELS,
  SHARING_SECTIONS,
  type LawfulBasisKind,
  type SharingSection,
} from '@casehuddle/shared';
import { z } from 'zod';
import { readApiError } from '../../../ui/apiErrors';
import { datePartsFromIso, EMPTY_DATE, todayIso } from '../../../ui/dates';
import {
  CheckboxesField,
  CheckboxField,
  DateField,
  GovukForm,
  SubmitButton,
  TextAreaField,
  TextField,
  useGovukForm,
} from '../../../ui/form';
import { Loading } from '../../../ui/Loading';
import { requiredDateParts, requiredText } from '../../../ui/schema';
import { IsaFormOptionsQuery } from '../graphql/agreements';

/** The kinds of lawful basis an ISA lists, each a group of checkboxes. */
const KINDS = ['ARTICLE_6', 'ARTICLE_9', 'ARTICLE_10', 'SCHEDULE_1', 'COMMON_LAW'] as const satisfies readonly LawfulBasisKind[];

const codes = z.array(z.string());

const isaSchema = z
  .object({
    title: requiredText('Enter a title', { limit: 200, message: 'Title must be 200 characters or fewer' }),
    purposes: requiredText('Say what the information is shared for', {
      limit: LIMITS.notesMaxLength,
      message: `Purposes must be ${LIMITS.notesMaxLength.toLocaleString('en-GB')} characters or fewer`,
    }),
    partyOrganisationIds: z.array(z.string()).min(2, 'Select at least two organisations'),
    ARTICLE_6: codes.min(1, 'Select at least one lawful basis under Article 6'),
    ARTICLE_9: codes,
    ARTICLE_10: codes,
    SCHEDULE_1: codes,
    COMMON_LAW: codes.min(1, 'Select the common-law basis for sharing confidential information'),
    sections: z.array(z.string()).min(1, 'Select the parts of the record the agreement covers'),
    retention: requiredText('Say how long information is kept', { limit: 2000, message: 'Retention must be 2,000 characters or fewer' }),
    pastMinutesVisibleToNewParties: z.boolean(),
    reviewOn: requiredDateParts('Review date', (iso) => (iso <= todayIso() ? 'The review date must be in the future' : null)),
    revisionNote: z.string().trim().max(2000, 'What changed must be 2,000 characters or fewer'),
  })
  .superRefine((values, ctx) => {
    const needed = conditionsNeeded(values.sections as SharingSection[]);
    if (needed.article9 && values.ARTICLE_9.length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['ARTICLE_9'],
        message: 'Select an Article 9 condition: the parts chosen include special category information',
      });
    if (needed.article10 && values.ARTICLE_10.length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['ARTICLE_10'],
        message: 'Select an Article 10 condition: the parts chosen include criminal offence information',
      });
  });

export type IsaFormValues = z.input<typeof isaSchema>;

/** What the record and revise pages send: the terms of the agreement (and, when revising, what changed). */
export interface IsaTerms {
  title: string;
  purposes: string;
  partyOrganisationIds: string[];
  lawfulBasisCodes: string[];
  sections: SharingSection[];
  retention: string;
  pastMinutesVisibleToNewParties: boolean;
  reviewOn: string;
  revisionNote: string;
}

const IDS = {
  title: 'isa-title',
  purposes: 'isa-purposes',
  partyOrganisationIds: 'isa-parties',
  sections: 'isa-sections',
  ARTICLE_6: 'isa-article-6',
  ARTICLE_9: 'isa-article-9',
  ARTICLE_10: 'isa-article-10',
  SCHEDULE_1: 'isa-schedule-1',
  COMMON_LAW: 'isa-common-law',
  retention: 'isa-retention',
  pastMinutesVisibleToNewParties: 'isa-past-minutes',
  reviewOn: 'isa-review-on-day',
  revisionNote: 'isa-revision-note',
};

export const EMPTY_ISA: IsaFormValues = {
  title: '',
  purposes: '',
  partyOrganisationIds: [],
  ARTICLE_6: [],
  ARTICLE_9: [],
  ARTICLE_10: [],
  SCHEDULE_1: [],
  COMMON_LAW: [],
  sections: [],
  retention: '',
  pastMinutesVisibleToNewParties: false,
  reviewOn: EMPTY_DATE,
  revisionNote: '',
};

/** Form values from an agreement as it stands, for revising it. */
export function isaFormValues(isa: {
  title: string;
  purposes: string;
  parties: Array<{ organisation: { id: string } }>;
  lawfulBases: Array<{ code: string; kind: string }>;
  sections: string[];
  retention: string;
  pastMinutesVisibleToNewParties: boolean;
  reviewOn: string;
}): IsaFormValues {
  const ofKind = (kind: string) => isa.lawfulBases.filter((b) => b.kind === kind).map((b) => b.code);
  return {
    ...EMPTY_ISA,
    title: isa.title,
    purposes: isa.purposes,
    partyOrganisationIds: isa.parties.map((p) => p.organisation.id),
    ARTICLE_6: ofKind('ARTICLE_6'),
    ARTICLE_9: ofKind('ARTICLE_9'),
    ARTICLE_10: ofKind('ARTICLE_10'),
    SCHEDULE_1: ofKind('SCHEDULE_1'),
    COMMON_LAW: ofKind('COMMON_LAW'),
    sections: isa.sections,
    retention: isa.retention,
    pastMinutesVisibleToNewParties: isa.pastMinutesVisibleToNewParties,
    reviewOn: datePartsFromIso(isa.reviewOn),
  };
}

interface IsaFormProps {
  initial: IsaFormValues;
  /** Revising asks what changed. */
  revising?: boolean;
  submitLabel: string;
  onSubmit: (terms: IsaTerms) => Promise<unknown>;
}

/** The terms of an information sharing agreement: recorded by an administrator, then revised as new versions. */
export function IsaForm({ initial, revising, submitLabel, onSubmit }: IsaFormProps) {
  const { data, loading, error } = useQuery(IsaFormOptionsQuery);
  const form = useGovukForm({ schema: isaSchema, defaultValues: initial, ids: IDS });
  if (loading) return <Loading />;
  if (!data) return <p className="govuk-error-message">{readApiError(error).message}</p>;
  const organisations = data.organisations.filter((o) => o.active).map((o) => ({ value: o.id, label: o.name }));

  return (
    <GovukForm
      form={form}
      summaryFirst
      onSubmit={async (values) => {
        if (revising && !values.revisionNote) {
          form.setError('revisionNote', { type: 'required', message: 'Say what changed in this version' });
          return;
        }
        await onSubmit({
          title: values.title,
          purposes: values.purposes,
          partyOrganisationIds: values.partyOrganisationIds,
          lawfulBasisCodes: KINDS.flatMap((kind) => values[kind]),
          sections: SHARING_SECTIONS.filter((s) => values.sections.includes(s)),
          retention: values.retention,
          pastMinutesVisibleToNewParties: values.pastMinutesVisibleToNewParties,
          reviewOn: values.reviewOn,
          revisionNote: values.revisionNote,
        });
      }}
    >
      <TextField name="title" label="Title" maxLength={200} />
      <TextAreaField name="purposes" label="Purposes" hint="What the partners share information for" rows={3} />
      <CheckboxesField name="partyOrganisationIds" legend="Parties" hint="The organisations that sign it" small options={organisations} />
      <CheckboxesField
        name="sections"
        legend="Parts of the record it covers"
        small
        options={SHARING_SECTIONS.map((s) => ({ value: s, label: SHARING_SECTION_LABELS[s] }))}
      />
      {KINDS.map((kind) => (
        <CheckboxesField
          key={kind}
          name={kind}
          legend={LAWFUL_BASIS_KIND_LABELS[kind]}
          hint={kind === 'ARTICLE_9' || kind === 'ARTICLE_10' || kind === 'SCHEDULE_1' ? 'Select all that apply' : undefined}
          small
          options={data.lawfulBases
            .filter((b) => b.kind === kind)
            .map((b) => ({ value: b.code, label: `${b.label} (${b.reference})`, hint: b.description || undefined }))}
        />
      ))}
      <TextAreaField name="retention" label="Retention" hint="How long partners keep what is shared, and what happens then" rows={2} />
      <CheckboxField
        name="pastMinutesVisibleToNewParties"
        label="Organisations that join a huddle under this agreement may read minutes agreed before they joined"
      />
      <DateField name="reviewOn" legend="Review date" hint="When the partners will review the agreement. For example, 3 12 2027" />
      {revising ? (
        <TextAreaField
          name="revisionNote"
          label="What changed in this version"
          hint="Every party will be asked to sign the new version; until they do, they cannot take part in its huddles"
          rows={2}
        />
      ) : null}
      <SubmitButton>{submitLabel}</SubmitButton>
    </GovukForm>
  );
}
