import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { useCurrentUser } from '../../auth/session';
import { BackLink } from '../../../ui/BackLink';
import { LoadProblem } from '../../../ui/LoadProblem';
import { Loading } from '../../../ui/Loading';
import { PersonSubNavigation } from '../../people/components/PersonSubNavigation';
import { PlanOrganisationsQuery } from '../../releases/graphql/releases';
import { PlanPerson } from '../../releases/components/PlanPerson';
import { ReferralKindsQuery, SendReferralMutation } from '../graphql/referrals';
import type { ReferralDraft } from '../validation';
import { ReferralForm } from './ReferralForm';

/** Where a new referral goes after it is sent: its own page, which says it was sent. */
export interface ReferralPageState {
  done?: string;
}

function ReferBody({ person }: { person: { id: string; displayName: string } & Parameters<typeof PersonSubNavigation>[0]['person'] }) {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const organisations = useQuery(PlanOrganisationsQuery);
  const kinds = useQuery(ReferralKindsQuery);
  const [send] = useMutation(SendReferralMutation, { refetchQueries: ['ReferralInboxSummary', 'Referrals'] });

  const top = <BackLink to={`/people/${person.id}`}>Back to the record</BackLink>;
  if (!organisations.data || !kinds.data) {
    const error = organisations.error ?? kinds.error;
    if (error) {
      return (
        <>
          {top}
          <h1 className="govuk-heading-l">Make a referral</h1>
          <LoadProblem
            error={error}
            what="the organisations and kinds of referral"
            onRetry={() => {
              void organisations.refetch();
              void kinds.refetch();
            }}
          />
        </>
      );
    }
    return <Loading text="Loading the referral form…" />;
  }

  async function onSend(draft: ReferralDraft) {
    const { data } = await send({ variables: { input: { personId: person.id, ...draft } } });
    if (data) {
      const state: ReferralPageState = { done: `Referral sent to ${data.sendReferral.receivingOrganisation.name}.` };
      await navigate(`/referrals/${data.sendReferral.id}`, { state });
    }
  }

  return (
    <ReferralForm
      personName={person.displayName}
      organisations={organisations.data.partnerOrganisations.filter((o) => o.id !== user.organisation.id)}
      kinds={kinds.data.referralKinds.filter((k) => k.active)}
      onSend={onSend}
      top={top}
      navigation={<PersonSubNavigation person={person} />}
    />
  );
}

/** /people/:id/refer: refer the person to another organisation, with their consent. */
export function ReferPage() {
  const { id = '' } = useParams();
  return (
    <PlanPerson personId={id} purpose="Making a referral">
      {(person) => <ReferBody key={person.id} person={person} />}
    </PlanPerson>
  );
}

export default ReferPage;
