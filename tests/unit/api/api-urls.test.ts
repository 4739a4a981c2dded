import { describe, expect, it } from 'vitest';
import {
  balanceUrl,
  deliveryStatusUrl,
  isSafeMessageId,
  parseApiBase,
  sendUrl,
} from '@/utils/api/api-urls.ts';

function base(apiUrl: string): URL {
  const parsed = parseApiBase(apiUrl);
  if (!parsed.ok) throw new Error(`unexpected problem ${parsed.problem}`);
  return parsed.base;
}

describe('API URLs', () => {
  it('builds the three endpoints below the configured root', () => {
    const root = base('https://corp.example:8443/es');
    expect(sendUrl(root, 'contact').href).toBe('https://corp.example:8443/es/v1/sms/contact');
    expect(sendUrl(root, 'phonenumber').href).toBe(
      'https://corp.example:8443/es/v1/sms/phonenumber',
    );
    expect(balanceUrl(root, 1234).href).toBe(
      'https://corp.example:8443/es/v1/organizations/1234/balance.json',
    );
    expect(deliveryStatusUrl(root, 1234, 'SMS-1').href).toBe(
      'https://corp.example:8443/es/v1/organizations/1234/messages/SMS-1/',
    );
  });

  it.each(['http://localhost:8787', 'http://127.0.0.1', 'http://[::1]:9000'])(
    'allows plain http to this computer: %s',
    (apiUrl) => {
      expect(parseApiBase(apiUrl).ok).toBe(true);
    },
  );

  it.each([
    ['not a URL', 'api.engagespark.com', 'api-url'],
    ['javascript:', 'javascript:alert(1)', 'api-url'],
    ['file:', 'file:///etc/passwd', 'api-url'],
    ['credentials in the URL', 'https://user:pw@api.engagespark.com', 'api-url'],
    ['plain http elsewhere', 'http://api.engagespark.com', 'api-url-insecure'],
  ])('refuses %s', (_label, apiUrl, problem) => {
    expect(parseApiBase(apiUrl)).toEqual({ ok: false, problem });
  });

  it.each([
    ['SMS20190723T154425-1234-0123', true],
    ['4567', true],
    ['.', false],
    ['..', false],
    ['a/b', false],
    ['', false],
    ['x'.repeat(129), false],
  ])('message id %j safe: %s', (messageId, safe) => {
    expect(isSafeMessageId(messageId)).toBe(safe);
  });
});
