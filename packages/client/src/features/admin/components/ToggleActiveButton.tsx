interface ToggleActiveButtonProps {
  active: boolean;
  /** The name of the organisation or person, so each button's accessible name is unique. */
  name: string;
  pending: boolean;
  onToggle: () => void;
}

/** "Deactivate" or "Reactivate" for one table row; screen readers hear the row's name too. */
export function ToggleActiveButton({ active, name, pending, onToggle }: ToggleActiveButtonProps) {
  const verb = active ? 'Deactivate' : 'Reactivate';
  return (
    <button
      type="button"
      className="govuk-button govuk-button--secondary app-button--small"
      onClick={onToggle}
      disabled={pending}
      aria-disabled={pending || undefined}
    >
      {pending ? (active ? 'Deactivating…' : 'Reactivating…') : verb} <span className="govuk-visually-hidden">{name}</span>
    </button>
  );
}
