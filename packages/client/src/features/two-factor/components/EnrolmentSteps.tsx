import { z } from 'zod';
import { GovukForm, SubmitButton, TextField, useGovukForm } from '../../../ui/form';

export const codeSchema = z.object({
  code: z
    .string()
    .transform((v) => v.replace(/\s+/g, ''))
    .pipe(z.string().regex(/^\d{6}$/, 'Enter the 6-digit code from your authenticator app')),
});

/** The QR code and the secret as text, then the code that confirms it. */
export function EnrolmentSteps({
  enrolment,
  onConfirm,
}: {
  enrolment: { secret: string; qrCodeDataUrl: string };
  onConfirm: (code: string) => Promise<unknown>;
}) {
  const form = useGovukForm({ schema: codeSchema, defaultValues: { code: '' }, ids: { code: 'code' } });
  // Groups of four are easier to type into an app.
  const spaced = enrolment.secret.replace(/(.{4})/g, '$1 ').trim();
  return (
    <>
      <h2 className="govuk-heading-m">1. Add CaseHuddle to your authenticator app</h2>
      <p className="govuk-body">
        Scan this QR code with an authenticator app on your phone, such as Microsoft Authenticator or Google Authenticator.
      </p>
      <img src={enrolment.qrCodeDataUrl} alt="QR code for adding CaseHuddle to an authenticator app" width={240} height={240} />
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">I cannot scan the QR code</span>
        </summary>
        <div className="govuk-details__text">
          <p className="govuk-body">Enter this key in your app instead, choosing a time-based code:</p>
          <p className="govuk-body">
            <code className="govuk-!-font-size-24" data-testid="two-factor-secret">
              {spaced}
            </code>
          </p>
        </div>
      </details>
      <GovukForm form={form} onSubmit={(values) => onConfirm(values.code)} title="2. Enter the code your app shows" titleTag="h2">
        <TextField
          name="code"
          label="Code from your authenticator app"
          hint="6 digits, for example 123456"
          autoComplete="one-time-code"
          inputMode="numeric"
          spellCheck={false}
          widthClass="govuk-input--width-10"
        />
        <SubmitButton busyText="Checking…">Confirm</SubmitButton>
      </GovukForm>
    </>
  );
}
