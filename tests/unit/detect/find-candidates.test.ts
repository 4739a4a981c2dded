import { describe, expect, it } from 'vitest';
import { candidateParts, countDigits, findCandidates } from '@/utils/detect/find-candidates';

const texts = (text: string): string[] => findCandidates(text).map((candidate) => candidate.text);

describe('findCandidates', () => {
  it('gives each candidate with its position in the text', () => {
    const text = 'Call 0917 123 4567 now';
    expect(findCandidates(text)).toEqual([{ text: '0917 123 4567', start: 5, end: 18 }]);
    expect(text.slice(5, 18)).toBe('0917 123 4567');
  });

  it('keeps a leading + and an opening parenthesis', () => {
    expect(texts('Tel +63 (917) 123-4567.')).toEqual(['+63 (917) 123-4567']);
    expect(texts('(02) 8123 4567')).toEqual(['(02) 8123 4567']);
  });

  it('splits numbers apart at line breaks, tabs and wide gaps', () => {
    expect(texts('0917 123 4567\n0918 765 4321')).toEqual(['0917 123 4567', '0918 765 4321']);
    expect(texts('0917 123 4567\t0918 765 4321')).toEqual(['0917 123 4567', '0918 765 4321']);
    expect(texts('0917 123 4567   0918 765 4321')).toEqual(['0917 123 4567', '0918 765 4321']);
  });

  it('stops at colons and commas, so times and amounts fall apart', () => {
    expect(texts('10:30:45')).toEqual([]);
    expect(texts('1,234,567')).toEqual([]);
  });

  it('drops runs with fewer than 7 digits', () => {
    expect(texts('Room 1234, floor 5')).toEqual([]);
    expect(texts('123-456')).toEqual([]);
  });

  it('keeps the extension out of the number', () => {
    expect(texts('+1 415 555 0132 ext. 204')).toEqual(['+1 415 555 0132']);
  });
});

describe('candidateParts', () => {
  it('splits at slashes with positions in the original text', () => {
    const text = 'x 0917 123 4567/0918 765 4321';
    const [candidate] = findCandidates(text);
    if (!candidate) throw new Error('no candidate');
    const parts = candidateParts(candidate);
    expect(parts.map((part) => part.text)).toEqual(['0917 123 4567', '0918 765 4321']);
    for (const part of parts) expect(text.slice(part.start, part.end)).toBe(part.text);
  });
});

describe('countDigits', () => {
  it('counts only ASCII digits', () => {
    expect(countDigits('+63 (917) 123-4567')).toBe(12);
    expect(countDigits('no digits')).toBe(0);
  });
});
