import { useQuery } from '@apollo/client/react';
import { conditionsNeeded, type SharingSection } from '@casehuddle/shared';
import { Checkboxes, SelectInput } from '../../../ui/fields';
import { AgreementsQuery, LawfulBasesQuery } from '../graphql/agreements';

/** The lawful basis of an agreement to share, as the form holds it (codes from the server's list). */
export interface LawfulBasisValues {
  article6: string;
  article9: string;
  article10: string;
  schedule1: string[];
  commonLaw: string;
  isaId: string;
}

export const EMPTY_LAWFUL_BASIS: LawfulBasisValues = { article6: '', article9: '', article10: '', schedule1: [], commonLaw: '', isaId: '' };

/** The form fields' names, as the server names them in VALIDATION_FAILED. */
export const LAWFUL_BASIS_FIELDS = [
  'lawfulBasis.article6',
  'lawfulBasis.article9',
  'lawfulBasis.article10',
  'lawfulBasis.schedule1',
  'lawfulBasis.commonLaw',
  'lawfulBasis.isaId',
] as const;
export type LawfulBasisField = (typeof LAWFUL_BASIS_FIELDS)[number];

export const LAWFUL_BASIS_IDS: Record<LawfulBasisField, string> = {
  'lawfulBasis.article6': 'agreement-article-6',
  'lawfulBasis.article9': 'agreement-article-9',
  'lawfulBasis.article10': 'agreement-article-10',
  'lawfulBasis.schedule1': 'agreement-schedule-1',
  'lawfulBasis.commonLaw': 'agreement-common-law',
  'lawfulBasis.isaId': 'agreement-isa',
};

/**
 * Checks the choices against the sections chosen (the server checks again, including which
 * conditions need a Schedule 1 condition). Returns messages by field.
 */
export function checkLawfulBasis(values: LawfulBasisValues, sections: string[]): Partial<Record<LawfulBasisField, string>> {
  const needed = conditionsNeeded(sections as SharingSection[]);
  const errors: Partial<Record<LawfulBasisField, string>> = {};
  if (!values.article6) errors['lawfulBasis.article6'] = 'Select the lawful basis under Article 6';
  if (needed.article9 && !values.article9)
    errors['lawfulBasis.article9'] = 'Select the Article 9 condition for special category information';
  if (needed.article10 && !values.article10)
    errors['lawfulBasis.article10'] = 'Select the Article 10 condition for criminal offence information';
  if (!values.commonLaw) errors['lawfulBasis.commonLaw'] = 'Select the common-law basis for sharing confidential information';
  return errors;
}

/** What is sent: only the conditions the sections need. */
export function lawfulBasisInput(values: LawfulBasisValues, sections: string[]) {
  const needed = conditionsNeeded(sections as SharingSection[]);
  return {
    article6: values.article6,
    article9: needed.article9 ? values.article9 || null : null,
    article10: needed.article10 ? values.article10 || null : null,
    schedule1: values.schedule1,
    commonLaw: values.commonLaw,
    isaId: values.isaId || null,
  };
}

interface LawfulBasisFieldsProps {
  sections: string[];
  value: LawfulBasisValues;
  onChange: (value: LawfulBasisValues) => void;
  errors: Partial<Record<string, string>>;
}

/** The lawful basis choices on the agree-to-share form, drawn from the server's list. */
export function LawfulBasisFields({ sections, value, onChange, errors }: LawfulBasisFieldsProps) {
  const { data } = useQuery(LawfulBasesQuery);
  const { data: agreements } = useQuery(AgreementsQuery);
  const bases = data?.lawfulBases ?? [];
  const needed = conditionsNeeded(sections as SharingSection[]);
  const options = (kind: string) =>
    bases.filter((b) => b.kind === kind).map((b) => ({ value: b.code, label: `${b.label} (${b.reference})` }));
  const set = (patch: Partial<LawfulBasisValues>) => onChange({ ...value, ...patch });
  const chosenNeedsSchedule1 = bases.some((b) => b.needsSchedule1 && (b.code === value.article9 || b.code === value.article10));
  return (
    <fieldset className="govuk-fieldset">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Lawful basis for sharing</legend>
      <SelectInput
        id={LAWFUL_BASIS_IDS['lawfulBasis.article6']}
        name="article6"
        label="Lawful basis (UK GDPR Article 6)"
        hint="Public bodies usually rely on public task, not consent"
        placeholder="Select a lawful basis"
        options={options('ARTICLE_6')}
        value={value.article6}
        error={errors['lawfulBasis.article6']}
        onChange={(event) => set({ article6: event.target.value })}
      />
      {needed.article9 ? (
        <SelectInput
          id={LAWFUL_BASIS_IDS['lawfulBasis.article9']}
          name="article9"
          label="Special category condition (UK GDPR Article 9)"
          hint="The parts chosen include health, substance use or other special category information"
          placeholder="Select a condition"
          options={options('ARTICLE_9')}
          value={value.article9}
          error={errors['lawfulBasis.article9']}
          onChange={(event) => set({ article9: event.target.value })}
        />
      ) : null}
      {needed.article10 ? (
        <SelectInput
          id={LAWFUL_BASIS_IDS['lawfulBasis.article10']}
          name="article10"
          label="Criminal offence data condition (UK GDPR Article 10)"
          placeholder="Select a condition"
          options={options('ARTICLE_10')}
          value={value.article10}
          error={errors['lawfulBasis.article10']}
          onChange={(event) => set({ article10: event.target.value })}
        />
      ) : null}
      {needed.article9 || needed.article10 ? (
        <Checkboxes
          id={LAWFUL_BASIS_IDS['lawfulBasis.schedule1']}
          name="schedule1"
          legend="DPA 2018 Schedule 1 conditions"
          legendClass="govuk-fieldset__legend--s"
          hint={chosenNeedsSchedule1 ? 'The condition chosen needs at least one' : 'Select any that apply'}
          small
          options={options('SCHEDULE_1')}
          values={value.schedule1}
          error={errors['lawfulBasis.schedule1']}
          onChange={(schedule1) => set({ schedule1 })}
        />
      ) : null}
      <SelectInput
        id={LAWFUL_BASIS_IDS['lawfulBasis.commonLaw']}
        name="commonLaw"
        label="Common-law duty of confidentiality"
        placeholder="Select a basis"
        options={options('COMMON_LAW')}
        value={value.commonLaw}
        error={errors['lawfulBasis.commonLaw']}
        onChange={(event) => set({ commonLaw: event.target.value })}
      />
      <SelectInput
        id={LAWFUL_BASIS_IDS['lawfulBasis.isaId']}
        name="isaId"
        label="Information sharing agreement it falls under (optional)"
        placeholder="None"
        options={(agreements?.informationSharingAgreements ?? []).map((i) => ({ value: i.id, label: i.title }))}
        value={value.isaId}
        error={errors['lawfulBasis.isaId']}
        onChange={(event) => set({ isaId: event.target.value })}
      />
    </fieldset>
  );
}
