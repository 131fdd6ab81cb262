import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import type { DateParts } from './dates';

function describedBy(id: string, hint: ReactNode, error: string | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function FieldError({ id, error }: { id: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <p id={`${id}-error`} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {error}
    </p>
  );
}

/** A form group with one labelled control: the label, hint and inline error above it. */
function LabelledGroup(props: {
  id: string;
  label: ReactNode;
  labelClass?: string;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
}) {
  const { id, label, labelClass, hint, error, children } = props;
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className={['govuk-label', labelClass].filter(Boolean).join(' ')} htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div id={`${id}-hint`} className="govuk-hint">
          {hint}
        </div>
      ) : null}
      <FieldError id={id} error={error} />
      {children}
    </div>
  );
}

interface TextInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className'> {
  id: string;
  label: ReactNode;
  /** Extra classes for the label, such as `govuk-label--s`. */
  labelClass?: string;
  hint?: ReactNode;
  error?: string | undefined;
  /** A GOV.UK width class such as `govuk-input--width-20` or `govuk-!-width-full`. */
  widthClass?: string;
}

/** A GOV.UK text input with its label, hint and inline error message. */
export function TextInput({ id, label, labelClass, hint, error, widthClass, ...input }: TextInputProps) {
  return (
    <LabelledGroup id={id} label={label} labelClass={labelClass} hint={hint} error={error}>
      <input
        id={id}
        className={['govuk-input', error ? 'govuk-input--error' : null, widthClass].filter(Boolean).join(' ')}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...input}
      />
    </LabelledGroup>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

interface SelectInputProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'className'> {
  id: string;
  label: ReactNode;
  /** Extra classes for the label, such as `govuk-label--s`. */
  labelClass?: string;
  hint?: ReactNode;
  error?: string | undefined;
  options: SelectOption[];
  /** The text of the empty first option. */
  placeholder?: string;
}

/** A GOV.UK select with its label, hint and inline error message. */
export function SelectInput({ id, label, labelClass, hint, error, options, placeholder, ...select }: SelectInputProps) {
  return (
    <LabelledGroup id={id} label={label} labelClass={labelClass} hint={hint} error={error}>
      <select
        id={id}
        className={`govuk-select${error ? ' govuk-select--error' : ''}`}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...select}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </LabelledGroup>
  );
}

interface TextAreaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'className'> {
  id: string;
  label: ReactNode;
  /** Extra classes for the label, such as `govuk-label--s`. */
  labelClass?: string;
  hint?: ReactNode;
  error?: string | undefined;
}

/** A GOV.UK textarea with its label, hint and inline error message. */
export function TextArea({ id, label, labelClass, hint, error, rows = 4, ...textarea }: TextAreaProps) {
  return (
    <LabelledGroup id={id} label={label} labelClass={labelClass} hint={hint} error={error}>
      <textarea
        id={id}
        className={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`}
        rows={rows}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...textarea}
      />
    </LabelledGroup>
  );
}

interface FieldsetProps {
  id: string;
  legend: ReactNode;
  /** Extra classes for the legend, such as `govuk-fieldset__legend--s`. */
  legendClass?: string;
  hint?: ReactNode;
  error?: string | undefined;
  role?: 'group';
  children: ReactNode;
}

/** A form group with a fieldset, legend, hint and error, for date inputs, radios and checkboxes. */
function FieldsetGroup({ id, legend, legendClass, hint, error, role, children }: FieldsetProps) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" role={role} aria-describedby={describedBy(id, hint, error)}>
        <legend className={['govuk-fieldset__legend', legendClass ?? 'govuk-fieldset__legend--s'].filter(Boolean).join(' ')}>
          {legend}
        </legend>
        {hint ? (
          <div id={`${id}-hint`} className="govuk-hint">
            {hint}
          </div>
        ) : null}
        <FieldError id={id} error={error} />
        {children}
      </fieldset>
    </div>
  );
}

interface DateInputProps {
  /** The first box gets `${id}-day`: error summary links should point there. */
  id: string;
  legend: ReactNode;
  legendClass?: string;
  hint?: ReactNode;
  error?: string | undefined;
  value: DateParts;
  onChange: (value: DateParts) => void;
  /** autocomplete tokens for a date of birth. */
  birthday?: boolean;
}

/** The GOV.UK date input: day, month and year boxes in a fieldset. */
export function DateInput({ id, legend, legendClass, hint, error, value, onChange, birthday }: DateInputProps) {
  const parts = [
    { key: 'day', label: 'Day', width: 'govuk-input--width-2', autoComplete: 'bday-day' },
    { key: 'month', label: 'Month', width: 'govuk-input--width-2', autoComplete: 'bday-month' },
    { key: 'year', label: 'Year', width: 'govuk-input--width-4', autoComplete: 'bday-year' },
  ] as const;
  return (
    <FieldsetGroup id={id} legend={legend} legendClass={legendClass} hint={hint ?? 'For example, 27 3 2007'} error={error} role="group">
      <div className="govuk-date-input" id={id}>
        {parts.map((part) => (
          <div className="govuk-date-input__item" key={part.key}>
            <div className="govuk-form-group">
              <label className="govuk-label govuk-date-input__label" htmlFor={`${id}-${part.key}`}>
                {part.label}
              </label>
              <input
                className={['govuk-input', 'govuk-date-input__input', part.width, error ? 'govuk-input--error' : null]
                  .filter(Boolean)
                  .join(' ')}
                id={`${id}-${part.key}`}
                name={`${id}-${part.key}`}
                type="text"
                inputMode="numeric"
                autoComplete={birthday ? part.autoComplete : 'off'}
                value={value[part.key]}
                onChange={(event) => onChange({ ...value, [part.key]: event.target.value })}
              />
            </div>
          </div>
        ))}
      </div>
    </FieldsetGroup>
  );
}

export interface ChoiceOption {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
}

interface ChoicesProps {
  /** The first option gets this id, so error summary links land on it. */
  id: string;
  name: string;
  legend: ReactNode;
  legendClass?: string;
  hint?: ReactNode;
  error?: string | undefined;
  options: ChoiceOption[];
  small?: boolean;
}

interface ChoiceListProps extends ChoicesProps {
  type: 'radio' | 'checkbox';
  /** The classes of the list, such as `govuk-radios govuk-radios--small`. */
  listClass: string;
  isChecked: (value: string) => boolean;
  onToggle: (value: string) => void;
}

/** Radios or checkboxes: the same markup with `govuk-radios` or `govuk-checkboxes` classes. */
function ChoiceList({ id, name, legend, legendClass, hint, error, options, type, listClass, isChecked, onToggle }: ChoiceListProps) {
  const kind = type === 'radio' ? 'govuk-radios' : 'govuk-checkboxes';
  return (
    <FieldsetGroup id={id} legend={legend} legendClass={legendClass} hint={hint} error={error}>
      <div className={listClass}>
        {options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${index + 1}`;
          return (
            <div className={`${kind}__item`} key={option.value}>
              <input
                className={`${kind}__input`}
                id={optionId}
                name={name}
                type={type}
                value={option.value}
                checked={isChecked(option.value)}
                aria-describedby={option.hint ? `${optionId}-item-hint` : undefined}
                onChange={() => onToggle(option.value)}
              />
              <label className={`govuk-label ${kind}__label`} htmlFor={optionId}>
                {option.label}
              </label>
              {option.hint ? (
                <div id={`${optionId}-item-hint`} className={`govuk-hint ${kind}__hint`}>
                  {option.hint}
                </div>
              ) : null}
            </div>
          );
        })}
      </div>
    </FieldsetGroup>
  );
}

interface CheckboxesProps extends ChoicesProps {
  values: string[];
  onChange: (values: string[]) => void;
}

/** GOV.UK checkboxes in a fieldset. */
export function Checkboxes({ values, onChange, small, ...props }: CheckboxesProps) {
  return (
    <ChoiceList
      {...props}
      type="checkbox"
      listClass={`govuk-checkboxes${small ? ' govuk-checkboxes--small' : ''}`}
      isChecked={(value) => values.includes(value)}
      onToggle={(value) => onChange(values.includes(value) ? values.filter((v) => v !== value) : [...values, value])}
    />
  );
}

interface RadiosProps extends ChoicesProps {
  value: string;
  onChange: (value: string) => void;
  inline?: boolean;
}

/** GOV.UK radios in a fieldset. */
export function Radios({ value, onChange, small, inline, ...props }: RadiosProps) {
  const classes = ['govuk-radios', small ? 'govuk-radios--small' : null, inline ? 'govuk-radios--inline' : null].filter(Boolean).join(' ');
  return <ChoiceList {...props} type="radio" listClass={classes} isChecked={(option) => option === value} onToggle={onChange} />;
}
