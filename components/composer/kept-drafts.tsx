import type { ReactElement } from 'react';
import { firstLine } from '@/utils/composer/describe-record';
import type { Draft } from '@/utils/composer/draft-store';

function recipientOf(draft: Draft): string {
  if (draft.recipientKind === 'contact')
    return draft.contactId.trim() ? `contact ${draft.contactId.trim()}` : 'no recipient yet';
  return draft.phone.trim() || 'no recipient yet';
}

/**
 * Says that the other unsent message is still there, and offers it: a composer opened for a new
 * number starts clean and never takes over text written for someone else.
 */
export function KeptDrafts({
  kept,
  onOpen,
}: {
  kept: Draft[];
  onOpen: (draft: Draft) => void;
}): ReactElement | null {
  const newest = kept[0];
  if (!newest) return null;
  const more = kept.length - 1;
  return (
    <div className="banner kept-drafts" role="note" aria-label="Kept drafts">
      <p>
        Your unsent message to {recipientOf(newest)} (“{firstLine(newest.message, 40)}”) is kept
        {more > 0 ? `, with ${more} more` : ''}.{' '}
        <button type="button" className="link-button" onClick={() => onOpen(newest)}>
          Open it
        </button>
      </p>
    </div>
  );
}
