import { describe, expect, it } from 'vitest';
import { describeRecipient } from '@/utils/outbox/describe-recipient';
import { makeRecord } from '../composer/make-record';

describe('describeRecipient', () => {
  it('shows recipients from digits', () => {
    expect(describeRecipient(makeRecord({ recipient: { to: '639171234567' } }))).toBe(
      '+63 917 123 4567',
    );
    expect(describeRecipient(makeRecord({ recipient: { contactId: 12 } }))).toBe('Contact 12');
    expect(
      describeRecipient(makeRecord({ recipient: { contactId: 12 }, sentTo: '639171234567' })),
    ).toBe('Contact 12 (+63 917 123 4567)');
  });

  it('writes "contact" inside a sentence, as the notifications do', () => {
    const record = makeRecord({ recipient: { contactId: 7 }, sentTo: '639171234567' });
    expect(describeRecipient(record, { inSentence: true })).toBe('contact 7 (+63 917 123 4567)');
  });
});
