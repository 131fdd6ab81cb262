import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { readApiError } from '../../../ui/apiErrors';
import { SelectInput } from '../../../ui/fields';
import { AddHuddleMemberMutation, HuddleIsaQuery, SetHuddleIsaMutation } from '../graphql/agreements';

/**
 * Huddle settings for chairs: the information sharing agreement the huddle works under, and adding
 * a member organisation (which must have signed its current version first).
 */
export function HuddleIsaSection({ huddleId, onNotice }: { huddleId: string; onNotice: (text: string) => void }) {
  const { data, refetch } = useQuery(HuddleIsaQuery, { variables: { id: huddleId }, fetchPolicy: 'cache-and-network' });
  const [isaId, setIsaId] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const [isaError, setIsaError] = useState<string | null>(null);
  const [memberError, setMemberError] = useState<string | null>(null);
  const [setIsa, { loading: settingIsa }] = useMutation(SetHuddleIsaMutation);
  const [addMember, { loading: adding }] = useMutation(AddHuddleMemberMutation);
  if (!data || !data.huddle.isChair) return null;
  const current = data.huddle.informationSharingAgreement;
  const members = new Set(data.huddle.memberOrganisations.map((o) => o.id));
  const unsigned = current ? current.parties.filter((p) => members.has(p.organisation.id) && !p.currentSignature) : [];

  return (
    <section aria-labelledby="huddle-isa-heading" className="app-form-panel">
      <h2 className="govuk-heading-m" id="huddle-isa-heading">
        Information sharing agreement
      </h2>
      {current ? (
        <p className="govuk-body">
          This huddle works under{' '}
          <Link className="govuk-link" to={`/agreements/${current.id}`}>
            {current.title}
          </Link>{' '}
          (version {current.version}).
        </p>
      ) : (
        <p className="govuk-body">This huddle does not name an information sharing agreement yet, so no organisation can be added to it.</p>
      )}
      {unsigned.length > 0 ? (
        <p className="govuk-body-s">
          Not yet signed by: {unsigned.map((p) => p.organisation.name).join(', ')}. Their staff cannot see the huddle until they sign.
        </p>
      ) : null}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!isaId) return setIsaError('Select an agreement');
          setIsaError(null);
          setIsa({ variables: { huddleId, isaId } })
            .then(() => {
              onNotice('Information sharing agreement chosen.');
              void refetch();
            })
            .catch((caught: unknown) => setIsaError(readApiError(caught).message));
        }}
      >
        <SelectInput
          id="huddle-isa"
          name="isaId"
          label="Choose the agreement"
          labelClass="govuk-label--s"
          placeholder="Select an agreement"
          options={data.informationSharingAgreements.map((i) => ({ value: i.id, label: `${i.title} (version ${i.version})` }))}
          value={isaId}
          error={isaError ?? undefined}
          onChange={(event) => setIsaId(event.target.value)}
        />
        <button type="submit" className="govuk-button govuk-button--secondary app-button--small" disabled={settingIsa}>
          Save agreement
        </button>
      </form>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!organisationId) return setMemberError('Select an organisation');
          setMemberError(null);
          addMember({ variables: { huddleId, organisationId } })
            .then(() => {
              onNotice('Organisation added to the huddle.');
              setOrganisationId('');
              void refetch();
            })
            .catch((caught: unknown) => setMemberError(readApiError(caught).message));
        }}
      >
        <SelectInput
          id="huddle-add-member"
          name="organisationId"
          label="Add a member organisation"
          labelClass="govuk-label--s"
          hint="It must have signed the current version of the huddle’s agreement"
          placeholder="Select an organisation"
          options={data.partnerOrganisations.filter((o) => !members.has(o.id)).map((o) => ({ value: o.id, label: o.name }))}
          value={organisationId}
          error={memberError ?? undefined}
          onChange={(event) => setOrganisationId(event.target.value)}
        />
        <button type="submit" className="govuk-button govuk-button--secondary app-button--small" disabled={adding}>
          Add organisation
        </button>
      </form>
    </section>
  );
}
