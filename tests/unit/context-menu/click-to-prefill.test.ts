import { describe, expect, it } from 'vitest';
import { prefillFromClick } from '@/utils/context-menu/click-to-prefill';
import { createRecipientReader } from '@/utils/context-menu/recipient-reader';

const philippines = createRecipientReader('PH');
const selection = (selectionText: string) => ({
  menuItemId: 'send-sms-to-selection',
  selectionText,
});
const link = (linkUrl: string) => ({ menuItemId: 'send-sms-to-link', linkUrl });

describe('a selected number', () => {
  it.each([
    ['+63 917 123 4567', '639171234567'],
    ['0917 123 4567', '639171234567'],
    ['Mobile: 0917-123-4567', '639171234567'],
    ['Tel.: +1 (415) 555-0132.', '14155550132'],
    ['call +63\u00a0917\u00a0123\u00a04567!', '639171234567'],
    ['+63\u200b917\u200b123\u200b4567', '639171234567'],
    ['  (02) 8123 4567  ', '63281234567'],
    ['+254 712 345678', '254712345678'],
  ])('%j opens the composer with %s', (text, to) => {
    expect(prefillFromClick(selection(text), philippines)).toEqual({ to });
  });

  it.each([
    ['several numbers: +63 917 123 4567 and +1 415 555 0132'],
    ['not a number at all'],
    ['2024-05-17'],
    ['0917 123'],
  ])('%j opens the composer with the text, which says why it is not a number', (text) => {
    expect(prefillFromClick(selection(text), philippines)).toEqual({ text });
  });

  it('caps a huge selection instead of carrying it around', () => {
    const prefill = prefillFromClick(selection('9'.repeat(100_000)), philippines);
    expect(prefill.text).toHaveLength(200);
  });

  it('opens an empty composer for an empty selection', () => {
    expect(prefillFromClick(selection('   '), philippines)).toEqual({});
  });
});

describe('a tel: or sms: link', () => {
  it.each([
    ['tel:+639171234567', { to: '639171234567' }],
    ['tel:%2B63-917-123-4567', { to: '639171234567' }],
    ['tel:+1-415-555-0132;ext=12', { to: '14155550132' }],
    ['tel:09171234567', { to: '639171234567' }],
    ['sms:+639171234567?body=Hi%20there', { to: '639171234567', message: 'Hi there' }],
    ['sms:+639171234567,+14155550132', { to: '639171234567' }],
  ])('%s → %o', (url, prefill) => {
    expect(prefillFromClick(link(url), philippines)).toEqual(prefill);
  });

  it('passes an unreadable link on as text', () => {
    expect(prefillFromClick(link('tel:call-me-maybe'), philippines)).toEqual({
      text: 'tel:call-me-maybe',
    });
  });
});
