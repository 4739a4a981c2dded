/** What an entry point may put in the composer: the composer re-checks every value itself. */
export type ComposerPrefill = {
  to?: string;
  contactId?: number;
  text?: string;
  message?: string;
  tab?: 'history';
};

/** The composer's address with its prefill in the query, as documented for popup.html. */
export function composerPath(prefill: ComposerPrefill = {}): string {
  const query = new URLSearchParams();
  if (prefill.to) query.set('to', prefill.to);
  if (prefill.contactId !== undefined) query.set('contactId', String(prefill.contactId));
  if (prefill.text) query.set('text', prefill.text);
  if (prefill.message) query.set('message', prefill.message);
  if (prefill.tab) query.set('tab', prefill.tab);
  const search = query.toString();
  return `/popup.html${search ? `?${search}` : ''}`;
}
