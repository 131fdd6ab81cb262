/** Saves the recovery codes as a text file. */
function downloadCodes(codes: string[]) {
  const text = [
    'CaseHuddle recovery codes',
    'Each code works once. Keep them somewhere safe, away from your phone.',
    '',
    ...codes,
    '',
  ].join('\n');
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'casehuddle-recovery-codes.txt';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The ten recovery codes, shown once, with print and download. */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  return (
    <section aria-labelledby="recovery-codes-heading">
      <h2 className="govuk-heading-m" id="recovery-codes-heading">
        Your recovery codes
      </h2>
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong className="govuk-warning-text__text">
          <span className="govuk-visually-hidden">Warning</span>
          This is the only time these codes are shown. Print them or save them now.
        </strong>
      </div>
      <p className="govuk-body">
        If you lose your phone, you can sign in with one of these codes instead of a code from your app. Each code works once.
      </p>
      <ul className="govuk-list app-recovery-codes" data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code className="govuk-!-font-size-24">{code}</code>
          </li>
        ))}
      </ul>
      <div className="govuk-button-group app-no-print">
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => window.print()}>
          Print the codes
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => downloadCodes(codes)}>
          Download the codes
        </button>
      </div>
    </section>
  );
}
