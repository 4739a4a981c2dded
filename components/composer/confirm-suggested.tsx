import { type ReactElement, useEffect, useRef } from 'react';

/**
 * The one extra step before suggested text goes out. Focus lands on the question, not on the
 * button, so neither a second Ctrl+Enter nor a stray Enter sends: the user has to choose.
 */
export function ConfirmSuggested({
  onConfirm,
  onNotYet,
}: {
  onConfirm: () => void;
  onNotYet: () => void;
}): ReactElement {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  return (
    <section className="result result--waiting" aria-labelledby="confirm-suggested">
      <h2 id="confirm-suggested" ref={headingRef} tabIndex={-1}>
        Send text you did not write?
      </h2>
      <p>
        This message was suggested, not typed by you. The whole text is shown above; send it only if
        you mean every line of it.
      </p>
      <div className="actions">
        <button type="button" className="button button--primary" onClick={onConfirm}>
          Yes, send this text
        </button>
        <button type="button" className="button" onClick={onNotYet}>
          Not yet
        </button>
      </div>
    </section>
  );
}
