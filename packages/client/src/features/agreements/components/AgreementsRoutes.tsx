import { useMutation, useQuery } from '@apollo/client/react';
import { formatDate, SHARING_SECTION_LABELS } from '@casehuddle/shared';
import { useState, type ReactNode } from 'react';
import { Link, Route, Routes, useNavigate, useParams } from 'react-router';
import { z } from 'zod';
import { NotFoundPage } from '../../../app/layout/NotFoundPage';
import { useCurrentUser } from '../../auth/session';
import { readApiError } from '../../../ui/apiErrors';
import { GovukForm, SubmitButton, TextField, useGovukForm } from '../../../ui/form';
import { Loading } from '../../../ui/Loading';
import { NotificationBanner } from '../../../ui/NotificationBanner';
import { requiredText } from '../../../ui/schema';
import { ServiceProblem } from '../../../ui/ServiceProblem';
import { TableHead } from '../../../ui/TableHead';
import { usePageTitle } from '../../../ui/usePageTitle';
import type { IsaFieldsFragment } from '../../../generated/graphql';
import { AgreementQuery, AgreementsQuery, RecordIsaMutation, ReviseIsaMutation, SignIsaMutation } from '../graphql/agreements';
import { EMPTY_ISA, IsaForm, isaFormValues } from './IsaForm';
import { IsaReviewNotice } from './IsaReviewNotice';
import { SharingWithoutAgreementReviewsPage } from './SharingWithoutAgreementReviewsPage';

type Isa = IsaFieldsFragment;

/** A GOV.UK tag in a colour. */
function StatusTag({ colour, children }: { colour: 'green' | 'yellow'; children: ReactNode }) {
  return <strong className={`govuk-tag govuk-tag--${colour}`}>{children}</strong>;
}

function SignatureTag({ isa }: { isa: Isa }) {
  if (isa.signedByAll) return <StatusTag colour="green">Signed by all</StatusTag>;
  const signed = isa.parties.filter((p) => p.currentSignature).length;
  return (
    <StatusTag colour="yellow">
      {signed} of {isa.parties.length} signed
    </StatusTag>
  );
}

/** /agreements: the information sharing agreements the viewer's organisation is party to (administrators: all). */
function AgreementsListPage() {
  usePageTitle('Information sharing agreements');
  const user = useCurrentUser();
  const { data, loading, error, refetch } = useQuery(AgreementsQuery, { fetchPolicy: 'cache-and-network' });
  if (!data) {
    if (loading) return <Loading />;
    return <ServiceProblem message={error ? readApiError(error).message : undefined} onRetry={() => void refetch()} />;
  }
  const awaiting = data.informationSharingAgreements.filter((i) => i.awaitingMySignature);
  return (
    <>
      <h1 className="govuk-heading-l">Information sharing agreements</h1>
      {user.role === 'ADMIN' ? <IsaReviewNotice /> : null}
      {user.role !== 'ADMIN' && awaiting.length > 0 ? (
        <div className="govuk-inset-text">
          {user.organisation.name} has not signed the current version of{' '}
          {awaiting.length === 1 ? 'one agreement' : `${awaiting.length} agreements`}. Until it does, its staff cannot take part in the
          huddles that work under {awaiting.length === 1 ? 'it' : 'them'}.
        </div>
      ) : null}
      <p className="govuk-body">
        Partners agree what they share, why, on what lawful basis, and for how long. Each party signs every version for its organisation.
      </p>
      {user.role === 'ADMIN' ? (
        <p className="govuk-body">
          <Link className="govuk-button" to="/agreements/new">
            Record an agreement
          </Link>
        </p>
      ) : null}
      {user.role === 'MANAGER' ? (
        <p className="govuk-body">
          <Link className="govuk-link" to="/agreements/sharing-without-agreement">
            Sharing without agreement to review
          </Link>
        </p>
      ) : null}
      {data.informationSharingAgreements.length === 0 ? (
        <p className="govuk-body">There are no information sharing agreements yet.</p>
      ) : (
        <table className="govuk-table app-table">
          <caption className="govuk-table__caption govuk-visually-hidden">Information sharing agreements</caption>
          <TableHead columns={['Agreement', 'Version', 'Signatures', 'Review date']} />
          <tbody className="govuk-table__body">
            {data.informationSharingAgreements.map((isa) => (
              <tr className="govuk-table__row" key={isa.id}>
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={`/agreements/${isa.id}`}>
                    {isa.title}
                  </Link>
                  {isa.awaitingMySignature ? <span className="app-table__meta">Your organisation has not signed this version</span> : null}
                </td>
                <td className="govuk-table__cell">{isa.version}</td>
                <td className="govuk-table__cell">
                  <SignatureTag isa={isa} />
                </td>
                <td className="govuk-table__cell app-table__date">
                  {formatDate(isa.reviewOn)}
                  {isa.reviewDue ? <span className="app-table__meta">Review due</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

/** /agreements/new: an administrator records an agreement. */
function RecordAgreementPage() {
  usePageTitle('Record an information sharing agreement');
  const navigate = useNavigate();
  const [record] = useMutation(RecordIsaMutation, { refetchQueries: [AgreementsQuery] });
  return (
    <>
      <Link className="govuk-back-link" to="/agreements">
        Back to agreements
      </Link>
      <h1 className="govuk-heading-l">Record an information sharing agreement</h1>
      <IsaForm
        initial={EMPTY_ISA}
        submitLabel="Record agreement"
        onSubmit={async ({ revisionNote: _unused, ...input }) => {
          const result = await record({ variables: { input } });
          navigate(`/agreements/${result.data!.recordInformationSharingAgreement.id}`, {
            state: { notice: 'Agreement recorded. Each party can now sign it.' },
          });
        }}
      />
    </>
  );
}

/** /agreements/:id/revise: an administrator revises an agreement, making a new version. */
function ReviseAgreementPage() {
  const { id = '' } = useParams();
  usePageTitle('Revise an information sharing agreement');
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(AgreementQuery, { variables: { id } });
  const [revise] = useMutation(ReviseIsaMutation, { refetchQueries: [AgreementsQuery] });
  if (!data) return loading ? <Loading /> : <ServiceProblem message={readApiError(error).message} />;
  const isa = data.informationSharingAgreement;
  return (
    <>
      <Link className="govuk-back-link" to={`/agreements/${id}`}>
        Back to the agreement
      </Link>
      <h1 className="govuk-heading-l">Revise {isa.title}</h1>
      <p className="govuk-body">This makes version {isa.version + 1}. Every party must sign it again.</p>
      <IsaForm
        initial={isaFormValues(isa)}
        revising
        submitLabel="Save new version"
        onSubmit={async (terms) => {
          await revise({ variables: { input: { ...terms, id, version: isa.version } } });
          navigate(`/agreements/${id}`, { state: { notice: `Version ${isa.version + 1} saved. Each party must sign it again.` } });
        }}
      />
    </>
  );
}

const signSchema = z.object({
  signatoryRole: requiredText('Enter your role', { limit: 200, message: 'Your role must be 200 characters or fewer' }),
});

function SignForm({ isa, onSigned }: { isa: Isa; onSigned: () => void }) {
  const user = useCurrentUser();
  const form = useGovukForm({ schema: signSchema, defaultValues: { signatoryRole: '' }, ids: { signatoryRole: 'signatory-role' } });
  const [sign] = useMutation(SignIsaMutation);
  return (
    <GovukForm
      form={form}
      title={`Sign version ${isa.version} for ${user.organisation.name}`}
      titleTag="h2"
      className="app-form-panel"
      onSubmit={async (values) => {
        await sign({ variables: { input: { id: isa.id, version: isa.version, signatoryRole: values.signatoryRole } } });
        onSigned();
      }}
    >
      <p className="govuk-body">
        By signing, you confirm that {user.organisation.name} agrees to these terms, and that you may sign for it. You sign as {user.name}.
      </p>
      <TextField name="signatoryRole" label="Your role" hint="For example, Head of Housing Services" maxLength={200} />
      <SubmitButton>Sign agreement</SubmitButton>
    </GovukForm>
  );
}

/** /agreements/:id: the terms, each party's signature, and (for a party's manager) the form to sign. */
function AgreementPage() {
  const { id = '' } = useParams();
  const user = useCurrentUser();
  const { data, loading, error, refetch } = useQuery(AgreementQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [notice, setNotice] = useState<string | null>((history.state as { usr?: { notice?: string } } | null)?.usr?.notice ?? null);
  usePageTitle(data?.informationSharingAgreement.title ?? 'Information sharing agreement');
  if (!data) {
    if (loading) return <Loading />;
    return <ServiceProblem message={readApiError(error).message} onRetry={() => void refetch()} />;
  }
  const isa = data.informationSharingAgreement;
  const mine = isa.parties.find((p) => p.organisation.id === user.organisation.id);
  const canSign = mine && !mine.currentSignature && (user.role === 'MANAGER' || user.role === 'ADMIN');
  const kinds: Array<[string, string]> = [
    ['ARTICLE_6', 'Lawful basis (Article 6)'],
    ['ARTICLE_9', 'Special category conditions (Article 9)'],
    ['ARTICLE_10', 'Criminal offence conditions (Article 10)'],
    ['SCHEDULE_1', 'DPA 2018 Schedule 1 conditions'],
    ['COMMON_LAW', 'Common-law confidentiality'],
  ];
  return (
    <>
      <Link className="govuk-back-link" to="/agreements">
        Back to agreements
      </Link>
      {notice ? <NotificationBanner type="success" text={notice} /> : null}
      <span className="govuk-caption-l">Information sharing agreement, version {isa.version}</span>
      <h1 className="govuk-heading-l">{isa.title}</h1>
      {isa.reviewDue ? (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            Review due by {formatDate(isa.reviewOn)}
          </strong>
        </div>
      ) : null}
      <dl className="govuk-summary-list">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Purposes</dt>
          <dd className="govuk-summary-list__value app-preserve-lines">{isa.purposes}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Parts of the record</dt>
          <dd className="govuk-summary-list__value">{isa.sections.map((s) => SHARING_SECTION_LABELS[s]).join(', ')}</dd>
        </div>
        {kinds.map(([kind, label]) => {
          const bases = isa.lawfulBases.filter((b) => b.kind === kind);
          return bases.length > 0 ? (
            <div className="govuk-summary-list__row" key={kind}>
              <dt className="govuk-summary-list__key">{label}</dt>
              <dd className="govuk-summary-list__value">
                <ul className="govuk-list">
                  {bases.map((b) => (
                    <li key={b.code}>
                      {b.label} ({b.reference})
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          ) : null;
        })}
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Retention</dt>
          <dd className="govuk-summary-list__value app-preserve-lines">{isa.retention}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Earlier minutes</dt>
          <dd className="govuk-summary-list__value">
            {isa.pastMinutesVisibleToNewParties
              ? 'Organisations joining a huddle may read minutes agreed before they joined'
              : 'Minutes agreed before an organisation joined a huddle stay hidden from it'}
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Review date</dt>
          <dd className="govuk-summary-list__value">{formatDate(isa.reviewOn)}</dd>
        </div>
        {isa.revisionNote ? (
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Changed in version {isa.version}</dt>
            <dd className="govuk-summary-list__value">{isa.revisionNote}</dd>
          </div>
        ) : null}
      </dl>
      {user.role === 'ADMIN' ? (
        <p className="govuk-body">
          <Link className="govuk-button govuk-button--secondary" to={`/agreements/${isa.id}/revise`}>
            Revise this agreement
          </Link>
        </p>
      ) : null}
      <h2 className="govuk-heading-m">Parties and signatures</h2>
      <table className="govuk-table app-table">
        <caption className="govuk-table__caption govuk-visually-hidden">Parties and their signatures of version {isa.version}</caption>
        <TableHead columns={['Organisation', `Version ${isa.version}`, 'Signed by']} />
        <tbody className="govuk-table__body">
          {isa.parties.map((p) => (
            <tr className="govuk-table__row" key={p.organisation.id}>
              <td className="govuk-table__cell">{p.organisation.name}</td>
              <td className="govuk-table__cell">
                {p.currentSignature ? (
                  <StatusTag colour="green">Signed {formatDate(p.currentSignature.signedAt)}</StatusTag>
                ) : (
                  <StatusTag colour="yellow">Not signed</StatusTag>
                )}
              </td>
              <td className="govuk-table__cell">
                {p.currentSignature ? (
                  <>
                    {p.currentSignature.signatoryName}
                    <span className="app-table__meta">{p.currentSignature.signatoryRole}</span>
                  </>
                ) : p.latestSignature ? (
                  <span className="app-table__meta">Signed version {p.latestSignature.version}</span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {canSign ? (
        <SignForm
          isa={isa}
          onSigned={() => {
            setNotice(`You signed version ${isa.version} for ${user.organisation.name}.`);
            void refetch();
          }}
        />
      ) : null}
    </>
  );
}

/** /agreements/…: information sharing agreements, and managers' review of sharing without agreement. */
export default function AgreementsRoutes() {
  return (
    <Routes>
      <Route index element={<AgreementsListPage />} />
      <Route path="new" element={<RecordAgreementPage />} />
      <Route path="sharing-without-agreement" element={<SharingWithoutAgreementReviewsPage />} />
      <Route path=":id" element={<AgreementPage />} />
      <Route path=":id/revise" element={<ReviseAgreementPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
