import { describe, expect, it } from 'vitest';
import { suggestPlainText } from '@/utils/sms/suggest-plain-text';

describe('suggestPlainText', () => {
  it('offers the fix when smart quotes are the only culprits', () => {
    const suggestion = suggestPlainText('It’s ready. See you “soon”.');
    expect(suggestion).toMatchObject({ text: 'It\'s ready. See you "soon".', replaced: 3 });
    expect(suggestion?.before.encoding).toBe('UCS-2');
    expect(suggestion?.after.encoding).toBe('GSM-7');
  });

  it('offers the fix when it saves parts', () => {
    const text = `${'a'.repeat(100)}’`;
    expect(suggestPlainText(text)?.after).toMatchObject({ encoding: 'GSM-7', parts: 1 });
    expect(suggestPlainText(text)?.before.parts).toBe(2);
  });

  it('offers nothing when there is nothing to replace', () => {
    expect(suggestPlainText('Hello')).toBeUndefined();
    expect(suggestPlainText('Hello 👋')).toBeUndefined();
  });

  it('offers nothing when an emoji keeps the message UCS-2 and no part is saved', () => {
    expect(suggestPlainText('It’s 👍')).toBeUndefined();
  });

  it('offers removing invisible characters when that saves a part, even if UCS-2 stays', () => {
    const text = `${'ж'.repeat(67)}\u200B\u200B👍`;
    const suggestion = suggestPlainText(text);
    expect(suggestion?.before.parts).toBe(2);
    expect(suggestion?.after).toMatchObject({ encoding: 'UCS-2', parts: 1 });
  });

  it('offers nothing when ellipses would cost more parts in GSM-7 than in UCS-2', () => {
    // 70 "…" fit one UCS-2 part; as "..." they are 210 septets, two parts.
    expect(suggestPlainText('…'.repeat(70))).toBeUndefined();
  });
});
