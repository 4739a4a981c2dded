import { type ReactElement, useState } from 'react';
import { describedBy, Field } from '@/components/shared/field';
import { firstLine } from '@/utils/composer/describe-record';
import { findPlaceholders } from '@/utils/composer/personalization';
import { deleteTemplate, saveTemplate, type Template } from '@/utils/composer/templates-store';
import { errorText } from '@/utils/failure/error-text';
import type { OfferedTemplate } from '@/utils/policy/effective-settings';

type TemplatesPickerProps = {
  id: string;
  templates: OfferedTemplate[];
  message: string;
  onUse: (template: Template) => void;
};

/** A name suggestion from the message's first words, so saving takes one click. */
function suggestName(message: string): string {
  const words = message.replace(/\{\{[^{}]*\}\}/g, ' ').replace(/\s+/g, ' ');
  return firstLine(words, 30).replace(/[{}]/g, '').trim();
}

/** Reusable messages: use one, delete one, or save the current message as one. */
export function TemplatesPicker({
  id,
  templates,
  message,
  onUse,
}: TemplatesPickerProps): ReactElement {
  const [name, setName] = useState(() => suggestName(message));
  const [problem, setProblem] = useState<string>();
  const [saved, setSaved] = useState<string>();

  function handleSave(): void {
    setSaved(undefined);
    saveTemplate({ name, message }).then(
      (change) => {
        if (!change.ok) {
          setProblem(change.reason);
          return;
        }
        setProblem(undefined);
        setSaved(`Saved “${change.saved.name}”.`);
      },
      (error: unknown) => setProblem(`The template could not be saved: ${errorText(error)}`),
    );
  }

  function handleDelete(template: Template): void {
    setSaved(undefined);
    deleteTemplate(template.id).then(
      () => setSaved(`Deleted “${template.name}”.`),
      () => setProblem('The template could not be deleted.'),
    );
  }

  return (
    <section id={id} className="templates" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Templates</h2>
      {templates.length === 0 ? (
        <p className="quiet">No templates yet. Write a message, then save it here.</p>
      ) : (
        <ul className="templates__list">
          {templates.map((template) => (
            <li key={template.id} className="templates__item">
              <span className="templates__text">
                <span className="templates__name">
                  {template.name}
                  {template.team && <span className="templates__team"> · Team</span>}
                </span>
                <span className="templates__preview">
                  {findPlaceholders(template.message).length > 0 ? 'Personalized · ' : ''}
                  {firstLine(template.message)}
                </span>
              </span>
              <button
                type="button"
                className="button button--small"
                aria-label={`Use template ${template.name}`}
                onClick={() => onUse(template)}
              >
                Use
              </button>
              {/* The team's templates come from the organization's policy: not the user's to delete. */}
              {!template.team && (
                <button
                  type="button"
                  className="button button--small"
                  aria-label={`Delete template ${template.name}`}
                  onClick={() => handleDelete(template)}
                >
                  Delete
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="templates__save">
        <Field id={`${id}-name`} label="Template name">
          {(control) => (
            <input
              {...control}
              aria-describedby={describedBy(
                control['aria-describedby'],
                problem ? `${id}-problem` : undefined,
              )}
              aria-invalid={problem ? true : undefined}
              type="text"
              maxLength={60}
              autoComplete="off"
              value={name}
              onChange={(event) => {
                setName(event.target.value);
                setProblem(undefined);
              }}
              onKeyDown={(event) => {
                if (event.key !== 'Enter' || event.ctrlKey || event.metaKey) return;
                event.preventDefault();
                handleSave();
              }}
            />
          )}
        </Field>
        <button type="button" className="button button--small" onClick={handleSave}>
          Save as template
        </button>
      </div>
      <div role="alert">
        {problem && (
          <p id={`${id}-problem`} className="field__error">
            {problem}
          </p>
        )}
      </div>
      <p role="status" className="quiet">
        {saved}
      </p>
    </section>
  );
}
