import { BackLink } from '../../../ui/BackLink';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { z } from 'zod';
import { GovukForm, SubmitButton, useGovukForm } from '../../../ui/form';
import { usePageTitle } from '../../../ui/usePageTitle';
import { EMPTY_PROFILE, profileFieldIds, ProfileFields, profileSchema } from '../forms/profileForm';
import { EMPTY_SITUATION, situationFieldIds, SituationFields, situationSchema } from '../forms/situationForm';
import { CreatePersonMutation } from '../graphql/people';

const schema = z.intersection(
  profileSchema,
  situationSchema.transform((situation) => ({ situation })),
);

/** Adding a person at /people/new. Their record is owned by the user's organisation, with the user as lead professional. */
export function CreatePersonPage() {
  const navigate = useNavigate();
  const form = useGovukForm({
    schema,
    defaultValues: { ...EMPTY_PROFILE, ...EMPTY_SITUATION },
    ids: { ...profileFieldIds('person'), ...situationFieldIds('situation') },
    duplicateField: 'nhsNumber',
  });
  const [createPerson] = useMutation(CreatePersonMutation);
  const [created, setCreated] = useState<{ id: string; displayName: string } | null>(null);
  usePageTitle(created ? 'Person added' : 'Add a person', form.summary.length > 0);

  // "Already known?": the creator hears only that a record may exist elsewhere, never whose or where.
  if (created) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds-from-desktop">
          <div
            className="govuk-notification-banner"
            role="region"
            aria-labelledby="possible-record-title"
            data-module="govuk-notification-banner"
          >
            <div className="govuk-notification-banner__header">
              <h2 className="govuk-notification-banner__title" id="possible-record-title">
                Important
              </h2>
            </div>
            <div className="govuk-notification-banner__content">
              <p className="govuk-notification-banner__heading">A record may already exist; its holder has been asked to get in touch.</p>
              <p className="govuk-body">
                We have added {created.displayName}. Another organisation may already hold a record for this person. They will contact your
                organisation if it is the same person.
              </p>
            </div>
          </div>
          <h1 className="govuk-heading-l">Person added</h1>
          <p className="govuk-body">
            <Link className="govuk-link" to={`/people/${created.id}`}>
              Open {created.displayName}’s record
            </Link>
          </p>
        </div>
      </div>
    );
  }

  return (
    <>
      <BackLink to="/people">Back to people</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds-from-desktop">
          <GovukForm
            form={form}
            onSubmit={async (input) => {
              const { data } = await createPerson({ variables: { input } });
              if (!data) return;
              if (data.createPerson.possibleExistingRecord)
                setCreated({ id: data.createPerson.id, displayName: data.createPerson.displayName });
              else void navigate(`/people/${data.createPerson.id}`);
            }}
            aria-label="Add a person"
            summaryFirst
            heading={
              <>
                <h1 className="govuk-heading-l">Add a person</h1>
                <p className="govuk-body">
                  <Link className="govuk-link" to="/people">
                    Search first
                  </Link>{' '}
                  to check they do not already have a record. Your organisation will hold the new record, and you will be their lead
                  professional.
                </p>
              </>
            }
          >
            <h2 className="govuk-heading-m">Who they are</h2>
            <ProfileFields />
            <h2 className="govuk-heading-m">Where they are now</h2>
            <SituationFields withNotes={false} />
            <div className="govuk-button-group">
              <SubmitButton>Add person</SubmitButton>
              <Link className="govuk-link" to="/people">
                Cancel
              </Link>
            </div>
          </GovukForm>
        </div>
      </div>
    </>
  );
}
