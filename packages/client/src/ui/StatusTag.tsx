/** "Active" or "Deactivated", as a GOV.UK tag. */
export function StatusTag({ active }: { active: boolean }) {
  return active ? (
    <strong className="govuk-tag govuk-tag--green">Active</strong>
  ) : (
    <strong className="govuk-tag govuk-tag--grey">Deactivated</strong>
  );
}
