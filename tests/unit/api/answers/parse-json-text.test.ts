import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonText } from '@/utils/api/answers/parse-json-text.ts';

describe('parseJsonText', () => {
  it.each([
    ['plain JSON', '{"a":1}', { a: 1 }],
    ['a BOM first', '\uFEFF{"a":1}', { a: 1 }],
    ['surrounding whitespace', '\n  {"a":1}  \n', { a: 1 }],
    ['JSON Lines: the first record', '{"a":1}\n{"a":2}\n', { a: 1 }],
    ['JSON Lines with CRLF and blank lines', '\r\n\r\n{"a":1}\r\n{"a":2}', { a: 1 }],
    ['pretty-printed JSON', '{\n  "a": 1\n}', { a: 1 }],
    ['null', 'null', null],
  ])('reads %s', (_label, text, value) => {
    expect(parseJsonText(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['an empty body', '', 'empty body'],
    ['a BOM alone', '\uFEFF', 'empty body'],
    ['an HTML page', '<!DOCTYPE html><html><body>502</body></html>', 'an HTML page, not JSON'],
    ['an HTML fragment', '  <html lang="en">oops', 'an HTML page, not JSON'],
    ['truncated JSON', '{"a":', 'not JSON'],
    ['a first line that is not JSON', 'oops\n{"a":1}', 'not JSON'],
  ])('refuses %s', (_label, text, detail) => {
    expect(parseJsonText(text)).toEqual({ ok: false, detail });
  });

  it('reads back any JSON value, with or without a BOM', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, bom) => {
        const text = `${bom ? '\uFEFF' : ''}${JSON.stringify(value)}`;
        expect(parseJsonText(text)).toEqual({ ok: true, value: JSON.parse(JSON.stringify(value)) });
      }),
    );
  });

  it('takes the first record of any JSON Lines body, whatever follows', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string(), (value, rest) => {
        const expected = JSON.parse(JSON.stringify(value));
        expect(parseJsonText(`${JSON.stringify(value)}\n${rest}`)).toEqual({
          ok: true,
          value: expected,
        });
      }),
    );
  });

  it('never throws on any text, truncated JSON included', () => {
    const truncatedJson = fc
      .tuple(fc.json(), fc.nat())
      .map(([json, cut]) => json.slice(0, cut % (json.length + 1)));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme' }), truncatedJson), (text) => {
        expect(() => parseJsonText(text)).not.toThrow();
      }),
    );
  });
});
