import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { readApiError } from '../../../ui/apiErrors';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { SelectInput } from '../../../ui/fields';
import { Loading } from '../../../ui/Loading';
import { SavedMessage } from '../../../ui/SavedMessage';
import { ColleaguesQuery, RemoveLeadProfessionalMutation, SetLeadProfessionalMutation } from '../graphql/people';
import { useSectionEditor } from '../hooks/useSectionEditor';
import { usePerson } from './PersonContext';
import { CardAction, SectionCard } from './SectionCard';

function SetLeadForm({ personId, onSaved, onCancel }: { personId: string; onSaved: (message: string) => void; onCancel: () => void }) {
  const { data, loading, error: loadError } = useQuery(ColleaguesQuery);
  const [userId, setUserId] = useState('');
  const [error, setError] = useState<{ text: string; attempt: number } | null>(null);
  const [setLead, { loading: saving }] = useMutation(SetLeadProfessionalMutation);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const attempt = (error?.attempt ?? 0) + 1;
    if (!userId) return setError({ text: 'Select a lead professional', attempt });
    setError(null);
    try {
      await setLead({ variables: { personId, userId } });
      const chosen = data?.colleagues.find((c) => c.id === userId);
      onSaved(chosen ? `${chosen.name} is now the lead professional for ${chosen.organisation.name}.` : 'Lead professional saved.');
    } catch (caught) {
      setError({ text: readApiError(caught).message, attempt });
    }
  }

  if (loading) return <Loading text="Loading colleagues…" />;
  if (loadError || !data) return <p className="govuk-error-message">{readApiError(loadError).message}</p>;
  const options = [...data.colleagues]
    .sort((a, b) => a.organisation.name.localeCompare(b.organisation.name) || a.name.localeCompare(b.name))
    .map((c) => ({ value: c.id, label: `${c.name} – ${c.organisation.name}` }));

  return (
    <form
      noValidate
      onSubmit={(event) => void handleSubmit(event)}
      aria-labelledby="set-lead-heading"
      className="app-form-panel app-form-panel--compact"
    >
      <h3 className="govuk-heading-s" id="set-lead-heading">
        Set a lead professional
      </h3>
      {error ? <ErrorSummary key={error.attempt} errors={[{ fieldId: 'lead-user', text: error.text }]} /> : null}
      <SelectInput
        id="lead-user"
        name="userId"
        label="Lead professional"
        hint="One for each organisation: choosing someone replaces their organisation’s current lead."
        placeholder="Select a colleague"
        options={options}
        value={userId}
        error={error?.text}
        onChange={(event) => setUserId(event.target.value)}
        autoFocus
      />
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" disabled={saving} aria-disabled={saving || undefined}>
          {saving ? 'Saving…' : 'Set lead professional'}
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel} disabled={saving}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** Who leads for each organisation involved: the person's trusted contacts. */
export function LeadProfessionalsCard() {
  const { person } = usePerson();
  const editor = useSectionEditor();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const [removeLead, { loading: removing }] = useMutation(RemoveLeadProfessionalMutation);
  const manage = person.access.canManageSharing;

  async function remove(organisationId: string, organisationName: string) {
    setRemoveError(null);
    try {
      await removeLead({ variables: { personId: person.id, organisationId } });
      setConfirming(null);
      editor.finish(`${organisationName} no longer has a lead professional on this record.`);
    } catch (caught) {
      setRemoveError(readApiError(caught).message);
    }
  }

  return (
    <SectionCard
      id="leads"
      title="Lead professionals"
      action={
        manage && !editor.editing ? (
          <CardAction verb="Set" what="a lead professional" onClick={() => editor.start(true)} buttonRef={editor.editButtonRef(true)} />
        ) : null
      }
    >
      {editor.saved ? <SavedMessage key={editor.saved.key} text={editor.saved.text} /> : null}
      {removeError ? (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {removeError}
        </p>
      ) : null}
      {person.leadProfessionals.length === 0 ? (
        <p className="govuk-body">No lead professionals yet.</p>
      ) : (
        <ul className="govuk-list app-leads">
          {person.leadProfessionals.map((lead) => (
            <li key={lead.organisation.id} className="app-leads__item">
              <span className="app-leads__name">
                {lead.user ? lead.user.name : <span className="app-secondary-text">Name hidden</span>}
              </span>
              <span className="app-leads__organisation">{lead.organisation.name}</span>
              {manage ? (
                confirming === lead.organisation.id ? (
                  <span className="app-leads__confirm">
                    <span className="govuk-body-s">Remove as lead professional?</span>{' '}
                    <button
                      type="button"
                      className="govuk-button govuk-button--warning app-button--small"
                      disabled={removing}
                      onClick={() => void remove(lead.organisation.id, lead.organisation.name)}
                    >
                      {removing ? 'Removing…' : 'Yes, remove'}{' '}
                      <span className="govuk-visually-hidden">{lead.user?.name ?? lead.organisation.name}</span>
                    </button>{' '}
                    <button type="button" className="app-link-button govuk-link" onClick={() => setConfirming(null)}>
                      Cancel
                    </button>
                  </span>
                ) : (
                  <button
                    type="button"
                    className="app-link-button govuk-link app-leads__remove"
                    onClick={() => setConfirming(lead.organisation.id)}
                  >
                    Remove <span className="govuk-visually-hidden">{lead.user?.name ?? lead.organisation.name} as lead professional</span>
                  </button>
                )
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {editor.editing ? <SetLeadForm personId={person.id} onSaved={editor.finish} onCancel={editor.cancel} /> : null}
    </SectionCard>
  );
}
