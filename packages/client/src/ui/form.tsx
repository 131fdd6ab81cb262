import {
  createContext,
  useContext,
  useEffect,
  useId,
  useState,
  type FocusEvent,
  type FormEvent,
  type FormHTMLAttributes,
  type ReactNode,
} from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  FormProvider,
  get,
  useController,
  useForm,
  useFormContext,
  type DefaultValues,
  type FieldErrors as HookFieldErrors,
  type FieldValues,
  type UseFormReturn,
} from 'react-hook-form';
import type { z } from 'zod';
import { readApiError } from './apiErrors';
import { ErrorSummary, type ErrorSummaryItem } from './ErrorSummary';
import { Checkboxes, DateInput, Radios, SelectInput, TextArea, TextInput } from './fields';
import { formErrorsFromApi } from './formErrors';

/**
 * One way to write a GOV.UK form: React Hook Form holds the values, a zod schema checks them (and
 * turns what was typed into what is sent), and the components below draw the GOV.UK markup with
 * their errors. Each page declares its fields' ids (in page order: the error summary follows it),
 * a schema and default values; submitting, the error summary, focus and server errors are here.
 */

// The loosest schema whose input is an object of form values.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type FormSchema = z.ZodType<any, any>;

interface GovukFormOptions<S extends FormSchema> {
  schema: S;
  defaultValues: z.input<S>;
  /** Field name to the id of its control (the error summary links there), in page order. */
  ids: Readonly<Record<string, string>>;
  /** Where ALREADY_EXISTS without field messages goes; by default the first field. */
  duplicateField?: string;
}

export interface GovukFormExtras<Out> {
  ids: Readonly<Record<string, string>>;
  /** Changes on every submit, to give the error summary a new key (so it takes focus again). */
  attempt: number;
  /** A problem that belongs to no one field, such as a server error. */
  general: string | null;
  setGeneral: (message: string | null) => void;
  /** Shows a failed save: field messages against their fields, anything else at the top. */
  showApiError: (error: unknown) => void;
  /** A submit handler: checks the values, then runs `handler`; a rejection shows as an API error. */
  submit: (handler: (values: Out) => unknown) => (event?: FormEvent<HTMLFormElement>) => Promise<void>;
  /** The error summary's items, in page order. */
  summary: ErrorSummaryItem[];
  /** The values as they are now, checked and turned into what is sent; null while they do not pass. */
  current: () => Out | null;
}

export type GovukFormApi<In extends FieldValues = FieldValues, Out = In> = UseFormReturn<In, unknown, Out> & GovukFormExtras<Out>;

function summaryOf(errors: HookFieldErrors, ids: Readonly<Record<string, string>>, general: string | null): ErrorSummaryItem[] {
  const items: ErrorSummaryItem[] = general ? [{ text: general }] : [];
  for (const [name, fieldId] of Object.entries(ids)) {
    const message = (get(errors, name) as { message?: unknown } | undefined)?.message;
    if (typeof message === 'string' && message) items.push({ fieldId, text: message });
  }
  return items;
}

/** React Hook Form set up the GOV.UK way: checked on submit only, focus to the error summary. */
export function useGovukForm<S extends FormSchema>({
  schema,
  defaultValues,
  ids,
  duplicateField,
}: GovukFormOptions<S>): GovukFormApi<z.input<S>, z.output<S>> {
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(schema),
    defaultValues: defaultValues as DefaultValues<z.input<S>>,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  });
  // Counts submits: the error summary shows only after the first, as fields checked on leaving them
  // (identifiers, say) show their message inline only.
  const [attempt, setAttempt] = useState(0);
  const [general, setGeneral] = useState<string | null>(null);
  const names = Object.keys(ids);

  function showApiError(error: unknown) {
    const found = formErrorsFromApi(readApiError(error), names, duplicateField ?? names[0] ?? '');
    for (const [name, message] of Object.entries(found.fields)) {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      if (message) form.setError(name as any, { type: 'server', message });
    }
    setGeneral(found.general);
  }

  const submit = (handler: (values: z.output<S>) => unknown) => (event?: FormEvent<HTMLFormElement>) => {
    setGeneral(null);
    return form.handleSubmit(
      async (values) => {
        setAttempt((n) => n + 1);
        try {
          await handler(values);
        } catch (error) {
          showApiError(error);
        }
      },
      () => setAttempt((n) => n + 1),
    )(event);
  };

  // Read on every render, so that the form re-renders when the errors change.
  const { errors } = form.formState;

  return {
    ...form,
    ids,
    attempt,
    general,
    setGeneral,
    showApiError,
    submit,
    summary: attempt > 0 ? summaryOf(errors, ids, general) : [],
    current: () => {
      const result = schema.safeParse(form.getValues());
      return result.success ? (result.data as z.output<S>) : null;
    },
  };
}

const FormContext = createContext<GovukFormExtras<unknown> | null>(null);

function useGovukFormContext(): GovukFormExtras<unknown> {
  const context = useContext(FormContext);
  if (!context) throw new Error('A form field must be inside a GovukForm');
  return context;
}

interface GovukFormProps<In extends FieldValues, Out> extends Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit' | 'title'> {
  form: GovukFormApi<In, Out>;
  /** Runs with the checked values. A rejection is shown as an API error. */
  onSubmit: (values: Out) => unknown;
  /** The form's heading, which also names the form. */
  title?: ReactNode;
  /** The heading's level and size; by default an h3 of size m. */
  titleTag?: 'h2' | 'h3';
  titleClass?: string;
  /** Shown above the error summary in place of a title, such as a page's h1 and introduction. */
  heading?: ReactNode;
  /** Put the error summary above the heading, as on a page that is all one form (above its h1). */
  summaryFirst?: boolean;
  /** The page shows the error summary itself, above its h1 (see FormSummary). */
  summaryElsewhere?: boolean;
  /** Told after each submit whether the form shows errors. */
  onErrorsChange?: (hasErrors: boolean) => void;
  children: ReactNode;
}

/** A GOV.UK form: the heading, the error summary on top, then the fields. */
export function GovukForm<In extends FieldValues, Out>({
  form,
  onSubmit,
  title,
  titleTag: TitleTag = 'h3',
  titleClass = 'govuk-heading-m',
  heading: givenHeading,
  summaryFirst,
  summaryElsewhere,
  onErrorsChange,
  children,
  ...formProps
}: GovukFormProps<In, Out>) {
  const { summary, attempt } = form;
  const titleId = useId();
  const heading = title ? (
    <TitleTag className={titleClass} id={titleId}>
      {title}
    </TitleTag>
  ) : (
    givenHeading
  );
  const failed = summary.length > 0;
  useEffect(() => {
    if (attempt > 0) onErrorsChange?.(failed);
  }, [attempt, failed, onErrorsChange]);

  return (
    <FormProvider {...form}>
      <FormContext.Provider value={form as GovukFormExtras<unknown>}>
        <form
          noValidate
          onSubmit={(event) => void form.submit(onSubmit)(event)}
          aria-labelledby={title ? titleId : undefined}
          {...formProps}
        >
          {summaryFirst ? null : heading}
          {summaryElsewhere ? null : <FormErrorSummary />}
          {summaryFirst ? heading : null}
          {children}
        </form>
      </FormContext.Provider>
    </FormProvider>
  );
}

/** The error summary of the form it is in; GovukForm puts one at the top. */
function FormErrorSummary() {
  return <FormSummary form={useGovukFormContext()} />;
}

/** A form's error summary, for a page that shows it outside the form (above its h1). */
export function FormSummary({ form }: { form: Pick<GovukFormExtras<unknown>, 'summary' | 'attempt'> }) {
  return form.summary.length > 0 ? <ErrorSummary key={form.attempt} errors={form.summary} /> : null;
}

interface SubmitButtonProps {
  children: ReactNode;
  /** Shown while the form is being sent. */
  busyText?: string;
  /** Busy for a reason the form does not know, such as a mutation its parent runs. */
  busy?: boolean;
  className?: string;
  /** Completes the button's name for screen readers, such as the item it saves. */
  what?: string;
}

/** The form's submit button: disabled, with `busyText`, while the form is being sent. */
export function SubmitButton({ children, busyText = 'Saving…', busy, className, what }: SubmitButtonProps) {
  const { formState } = useFormContext();
  const sending = busy ?? formState.isSubmitting;
  return (
    <button
      type="submit"
      className={['govuk-button', className].filter(Boolean).join(' ')}
      disabled={sending}
      aria-disabled={sending || undefined}
    >
      {sending ? busyText : children}
      {what ? (
        <>
          {' '}
          <span className="govuk-visually-hidden">{what}</span>
        </>
      ) : null}
    </button>
  );
}

/** The value, change handler, id and error message of one field of the enclosing form. */
function useField<V>(name: string, id?: string) {
  const { ids } = useGovukFormContext();
  const { field, fieldState } = useController({ name });
  return {
    id: id ?? ids[name] ?? name,
    value: field.value as V,
    onChange: field.onChange as (value: V) => void,
    onBlur: field.onBlur,
    error: fieldState.error?.message,
  };
}

type Connected<P> = Omit<P, 'id' | 'value' | 'onChange' | 'error' | 'name' | 'values'> & {
  name: string;
  /** By default the id the form declares for `name`. */
  id?: string;
};

type TextInputProps = Parameters<typeof TextInput>[0];
type TextAreaProps = Parameters<typeof TextArea>[0];
type SelectInputProps = Parameters<typeof SelectInput>[0];
type RadiosProps = Parameters<typeof Radios>[0];
type CheckboxesProps = Parameters<typeof Checkboxes>[0];
type DateInputProps = Parameters<typeof DateInput>[0];

/** The props that bind a text input, textarea or select to the enclosing form's field `name`. */
function useTextControl(name: string, id: string | undefined, onBlur?: (event: FocusEvent<HTMLElement>) => void) {
  const field = useField<string>(name, id);
  return {
    id: field.id,
    name,
    value: field.value ?? '',
    error: field.error,
    onChange: (event: { target: { value: string } }) => field.onChange(event.target.value),
    onBlur: (event: FocusEvent<HTMLElement>) => {
      field.onBlur();
      onBlur?.(event);
    },
  };
}

/** A text input bound to the enclosing form. */
export function TextField({ name, id, onBlur, ...props }: Connected<TextInputProps>) {
  return <TextInput {...props} {...useTextControl(name, id, onBlur as (event: FocusEvent<HTMLElement>) => void)} />;
}

/** A textarea bound to the enclosing form. */
export function TextAreaField({ name, id, ...props }: Connected<TextAreaProps>) {
  return <TextArea {...props} {...useTextControl(name, id)} />;
}

/** A select bound to the enclosing form. */
export function SelectField({ name, id, ...props }: Connected<SelectInputProps>) {
  return <SelectInput {...props} {...useTextControl(name, id)} />;
}

/** Radios bound to the enclosing form. */
export function RadiosField({ name, id, ...props }: Connected<RadiosProps>) {
  const field = useField<string>(name, id);
  return <Radios {...props} id={field.id} name={name} value={field.value ?? ''} error={field.error} onChange={field.onChange} />;
}

/** Checkboxes bound to the enclosing form: the value is the list of checked values. */
export function CheckboxesField({ name, id, ...props }: Connected<CheckboxesProps>) {
  const field = useField<string[]>(name, id);
  return <Checkboxes {...props} id={field.id} name={name} values={field.value ?? []} error={field.error} onChange={field.onChange} />;
}

/**
 * A date input bound to the enclosing form. The form's id for it is the first box (`…-day`), where
 * the error summary links; the boxes are named from the id without it.
 */
export function DateField({ name, id, ...props }: Connected<DateInputProps>) {
  const field = useField<DateInputProps['value']>(name, id);
  const base = id ?? field.id.replace(/-day$/, '');
  return <DateInput {...props} id={base} value={field.value} error={field.error} onChange={field.onChange} />;
}

interface CheckboxFieldProps {
  name: string;
  id?: string;
  label: ReactNode;
  hint?: ReactNode;
}

/** One small checkbox for a yes-or-no answer, bound to a boolean of the enclosing form. */
export function CheckboxField({ name, id, label, hint }: CheckboxFieldProps) {
  const field = useField<boolean>(name, id);
  return (
    <div className="govuk-form-group">
      <div className="govuk-checkboxes govuk-checkboxes--small">
        <div className="govuk-checkboxes__item">
          <input
            className="govuk-checkboxes__input"
            id={field.id}
            name={name}
            type="checkbox"
            checked={Boolean(field.value)}
            aria-describedby={hint ? `${field.id}-hint` : undefined}
            onChange={(event) => field.onChange(event.target.checked)}
          />
          <label className="govuk-label govuk-checkboxes__label" htmlFor={field.id}>
            {label}
          </label>
          {hint ? (
            <div id={`${field.id}-hint`} className="govuk-hint govuk-checkboxes__hint">
              {hint}
            </div>
          ) : null}
        </div>
      </div>
    </div>
  );
}

interface FormButtonsProps extends Omit<SubmitButtonProps, 'className'> {
  onCancel: () => void;
  /** The smaller buttons of a form inside a list or panel. */
  small?: boolean;
}

/** Submit and Cancel side by side. */
export function FormButtons({ onCancel, small, ...submit }: FormButtonsProps) {
  const size = small ? 'app-button--small' : undefined;
  return (
    <div className="govuk-button-group">
      <SubmitButton {...submit} className={size} />
      <button type="button" className={['govuk-button govuk-button--secondary', size].filter(Boolean).join(' ')} onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
