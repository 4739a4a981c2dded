import { describe, expect, it } from 'vitest';
import { apiOriginOf, parseApiBase } from '@/utils/api/api-urls.ts';
import { balanceUrl } from '@/utils/api/endpoints/balance.ts';
import { deliveryStatusUrl, isSafeMessageId } from '@/utils/api/endpoints/delivery-status.ts';
import { sendUrl } from '@/utils/api/endpoints/send.ts';

function base(apiUrl: string): URL {
  const parsed = parseApiBase(apiUrl);
  if (!parsed.ok) throw new Error(`unexpected problem ${parsed.problem}`);
  return parsed.base;
}

describe('API URLs', () => {
  it('builds the three endpoints below the configured origin', () => {
    const root = base('https://corp.example:8443');
    expect(sendUrl(root, 'contact').href).toBe('https://corp.example:8443/v1/sms/contact');
    expect(sendUrl(root, 'phonenumber').href).toBe('https://corp.example:8443/v1/sms/phonenumber');
    expect(balanceUrl(root, 1234).href).toBe(
      'https://corp.example:8443/v1/organizations/1234/balance.json',
    );
    expect(deliveryStatusUrl(root, 1234, 'SMS-1').href).toBe(
      'https://corp.example:8443/v1/organizations/1234/messages/SMS-1/',
    );
  });

  // The key goes wherever the base points: the base is an origin and nothing else.
  it.each([
    ['the API', 'https://api.engagespark.com', 'https://api.engagespark.com'],
    ['a final slash', 'https://api.engagespark.com/', 'https://api.engagespark.com'],
    ['capitals', 'HTTPS://API.EngageSpark.COM', 'https://api.engagespark.com'],
    [
      'the default port written out',
      'https://api.engagespark.com:443',
      'https://api.engagespark.com',
    ],
    [
      'another port (another origin)',
      'https://api.engagespark.com:8443',
      'https://api.engagespark.com:8443',
    ],
    [
      'an IDN host, as punycode',
      'https://äpi.engagespark.com',
      'https://xn--pi-uia.engagespark.com',
    ],
    [
      'a look-alike Cyrillic host',
      'https://аpi.engagespark.com',
      'https://xn--pi-6kc.engagespark.com',
    ],
    ['the sandbox', 'http://127.0.0.1:8787', 'http://127.0.0.1:8787'],
  ])('takes %s as the origin it is', (_label, apiUrl, origin) => {
    expect(apiOriginOf(apiUrl)).toBe(origin);
  });

  it.each([
    ['a path', 'https://evil.example/v'],
    ['a path on the API host', 'https://api.engagespark.com/v1'],
    ['a path that climbs', 'https://api.engagespark.com/../x'],
    ['an encoded path', 'https://api.engagespark.com/%2e%2e/x'],
    ['a backslash path', 'https://api.engagespark.com\\@evil.example'],
    ['an empty query', 'https://api.engagespark.com?'],
    ['a query', 'https://api.engagespark.com/?x=1'],
    ['a fragment', 'https://api.engagespark.com/#y'],
    ['a user name', 'https://api.engagespark.com@evil.example'],
    ['a user name that looks like the host', 'https://api.engagespark.com:443@evil.example'],
    ['a user and password', 'https://user:pw@api.engagespark.com'],
    ['a trailing dot', 'https://api.engagespark.com.'],
    ['a trailing dot and a port', 'https://api.engagespark.com.:443'],
    ['plain http', 'http://api.engagespark.com'],
    ['plain http to a LAN host', 'http://192.168.1.5:8787'],
    ['a data URL', 'data:text/plain,x'],
    ['no scheme', 'api.engagespark.com'],
  ])('refuses %s', (_label, apiUrl) => {
    expect(parseApiBase(apiUrl).ok).toBe(false);
    expect(apiOriginOf(apiUrl)).toBeUndefined();
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
