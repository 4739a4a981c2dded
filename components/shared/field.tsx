import type { ReactElement, ReactNode } from 'react';
import './ui.css';

/** Props to spread on the field's control so its label, hint and error reach screen readers. */
export type ControlProps = {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
};

type FieldProps = {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  /** Renders the control (an input, a select, or an input with buttons beside it). */
  children: (control: ControlProps) => ReactNode;
};

/** A labelled control with its help text above it and its error right below it. */
export function Field({ id, label, hint, error, children }: FieldProps): ReactElement {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="field__hint" id={hintId}>
          {hint}
        </div>
      )}
      {children({
        id,
        'aria-describedby': describedBy(errorId, hintId),
        'aria-invalid': error ? true : undefined,
      })}
      {error && <FieldError id={errorId}>{error}</FieldError>}
    </div>
  );
}

export function FieldError({ id, children }: { id?: string; children: ReactNode }): ReactElement {
  return (
    <p className="field__error" id={id}>
      {children}
    </p>
  );
}

/** The error first: it is what the user must act on. */
export function describedBy(...ids: (string | undefined)[]): string | undefined {
  const present = ids.filter((id): id is string => Boolean(id));
  return present.length > 0 ? present.join(' ') : undefined;
}
