import { type ReactElement, type RefObject, useLayoutEffect, useRef } from 'react';
import { describedBy, FieldError } from '@/components/shared/field';
import type { ComposerView } from '@/utils/composer/composer-state';
import { describeCharacters } from '@/utils/composer/describe-character';
import { EXAMPLE_PLACEHOLDER } from '@/utils/composer/personalization';
import type { PrefillSource } from '@/utils/composer/prefill';
import type { OfferedTemplate } from '@/utils/policy/effective-settings';
import type { RecipientMode } from '@/utils/settings/settings-schema';
import { SegmentCounter } from './segment-counter';
import { TemplatesPicker } from './templates-picker';

export const MESSAGE_ID = 'message';
const TEMPLATES_ID = 'templates';
const SUGGESTED_ID = 'message-suggested';
const MIN_ROWS = 5;

/** Where suggested text came from, in the user's words. */
const SUGGESTED_FROM: Record<PrefillSource, string> = {
  extension: 'the sms: link you right-clicked',
  url: 'the address that opened this window (a link, a page or another extension)',
};

type MessageFieldProps = {
  message: string;
  /** The text did not come from the user's typing: shown whole and marked. */
  suggested: PrefillSource | undefined;
  view: ComposerView;
  endpoint: RecipientMode;
  error: string | undefined;
  templates: OfferedTemplate[];
  templatesOpen: boolean;
  onTemplatesOpen: (open: boolean) => void;
  onChange: (message: string) => void;
  /** A template the user picked: the user's own choice, so no longer suggested text. */
  onUseTemplate: (message: string) => void;
  onTyping: (typing: boolean) => void;
};

/**
 * Suggested text is shown whole: the box grows to its last line, so no line of it is scrolled out
 * of sight inside a five-row box while Ctrl+Enter would send it all.
 */
function useGrowToFit(
  suggested: PrefillSource | undefined,
  message: string,
): RefObject<HTMLTextAreaElement | null> {
  const ref = useRef<HTMLTextAreaElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the height follows the text, which the effect reads from the element.
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    box.style.height = '';
    if (!suggested) return;
    const border = box.offsetHeight - box.clientHeight;
    box.style.height = `${box.scrollHeight + border}px`;
  }, [suggested, message]);
  return ref;
}

/** Why the message is Unicode, and the one-click way back to GSM-7 when there is one. */
function UnicodeNote({
  view,
  onChange,
}: {
  view: ComposerView;
  onChange: (message: string) => void;
}): ReactElement {
  const { counter, plainFix } = view;
  const culprits = describeCharacters(counter.unicodeCulprits);
  return (
    <p id="unicode-note">
      {culprits} switched this message to Unicode: {counter.perPart} characters per part.{' '}
      {plainFix && (
        <button
          type="button"
          className="link-button"
          onClick={() => onChange(plainFix.text)}
          aria-describedby="unicode-note"
        >
          Use plain characters
          {plainFix.after.parts < plainFix.before.parts
            ? ` (${plainFix.after.parts} ${plainFix.after.parts === 1 ? 'part' : 'parts'})`
            : ''}
        </button>
      )}
    </p>
  );
}

function MessageNotes({
  view,
  endpoint,
  onChange,
}: {
  view: ComposerView;
  endpoint: RecipientMode;
  onChange: (message: string) => void;
}): ReactElement {
  const { counter, personalization } = view;
  return (
    <div className="message-notes" id="message-notes">
      {counter.encoding === 'UCS-2' && <UnicodeNote view={view} onChange={onChange} />}
      {personalization.status === 'allowed' && <p>{personalization.explanation}</p>}
      {counter.encoding === 'GSM-7' && personalization.status === 'none' && (
        <p className="quiet">
          {endpoint === 'contact'
            ? `Tip: ${EXAMPLE_PLACEHOLDER} puts in the contact’s first name.`
            : 'Tip: save messages you send often as templates.'}
        </p>
      )}
    </div>
  );
}

/** The text with its live counter; notes and the counter keep their space so nothing jumps. */
export function MessageField(props: MessageFieldProps): ReactElement {
  const {
    message,
    view,
    endpoint,
    error,
    templates,
    templatesOpen,
    onTemplatesOpen,
    onChange,
    onUseTemplate,
    onTyping,
    suggested,
  } = props;
  const errorId = error ? `${MESSAGE_ID}-error` : undefined;
  const boxRef = useGrowToFit(suggested, message);
  const rows = suggested ? Math.max(MIN_ROWS, message.split('\n').length) : MIN_ROWS;
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <div className="message-label-row">
        <label className="field__label" htmlFor={MESSAGE_ID}>
          Message
        </label>
        <button
          type="button"
          className="link-button"
          aria-expanded={templatesOpen}
          aria-controls={TEMPLATES_ID}
          onClick={() => onTemplatesOpen(!templatesOpen)}
        >
          Templates{templates.length > 0 ? ` (${templates.length})` : ''}
        </button>
      </div>
      {templatesOpen && (
        <TemplatesPicker
          id={TEMPLATES_ID}
          templates={templates}
          message={message}
          onUse={(template) => {
            onUseTemplate(template.message);
            onTemplatesOpen(false);
            document.getElementById(MESSAGE_ID)?.focus();
          }}
        />
      )}
      {suggested && (
        <p id={SUGGESTED_ID} className="suggested-note">
          <strong>Suggested text: you did not write this.</strong> It came from{' '}
          {SUGGESTED_FROM[suggested]}. Read all of it: you will be asked to confirm before it is
          sent.
        </p>
      )}
      <textarea
        ref={boxRef}
        id={MESSAGE_ID}
        className={suggested ? 'message--suggested' : undefined}
        rows={rows}
        maxLength={5000}
        aria-describedby={describedBy(
          suggested ? SUGGESTED_ID : undefined,
          errorId,
          `${MESSAGE_ID}-counter`,
          'message-notes',
        )}
        aria-invalid={error ? true : undefined}
        value={message}
        onChange={(event) => {
          onTyping(true);
          onChange(event.target.value);
        }}
        onBlur={() => onTyping(false)}
      />
      <SegmentCounter
        id={`${MESSAGE_ID}-counter`}
        counter={view.counter}
        estimate={view.estimate}
      />
      {error && <FieldError id={errorId}>{error}</FieldError>}
      <MessageNotes view={view} endpoint={endpoint} onChange={onChange} />
    </div>
  );
}
