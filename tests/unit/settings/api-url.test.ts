import { describe, expect, it } from 'vitest';
import { checkApiUrl } from '@/utils/settings/api-url';

describe('checkApiUrl', () => {
  it.each([
    ['https://api.engagespark.com', 'https://api.engagespark.com', 'https://api.engagespark.com/*'],
    [
      ' https://api.engagespark.com/ ',
      'https://api.engagespark.com',
      'https://api.engagespark.com/*',
    ],
    ['HTTPS://API.EngageSpark.com', 'https://api.engagespark.com', 'https://api.engagespark.com/*'],
    ['http://127.0.0.1:8787', 'http://127.0.0.1:8787', 'http://127.0.0.1/*'],
    ['http://localhost:8787/', 'http://localhost:8787', 'http://localhost/*'],
    ['http://[::1]:8787', 'http://[::1]:8787', 'http://[::1]/*'],
    [
      'https://staging.example.com:8443',
      'https://staging.example.com:8443',
      'https://staging.example.com/*',
    ],
  ])('accepts %j', (raw, apiUrl, originPattern) => {
    expect(checkApiUrl(raw)).toEqual({ ok: true, apiUrl, originPattern });
  });

  it.each([
    ['', /Enter the API URL/],
    ['api.engagespark.com', /https:\/\/api\.engagespark\.com/],
    ['https://', /not a valid URL/],
    ['ftp://api.engagespark.com', /must start with https/],
    ['javascript://alert(1)', /must start with https/],
    ['http://api.engagespark.com', /unencrypted/],
    ['http://192.168.1.5:8787', /unencrypted/],
    ['https://api.engagespark.com/v1', /without a path: https:\/\/api\.engagespark\.com/],
    ['https://api.engagespark.com/?x=1', /without a path/],
    ['https://api.engagespark.com/#top', /without a path/],
    ['https://me:secret@api.engagespark.com', /user name or password/],
    ['https://api.engagespark.com@evil.example', /user name or password/],
    ['https://api.engagespark.com.', /dot at the end.*https:\/\/api\.engagespark\.com$/],
    ['https://api.engagespark.com.:8443', /dot at the end.*https:\/\/api\.engagespark\.com:8443$/],
    ['https://api.engagespark.com\\@evil.example', /without a path/],
  ])('refuses %j', (raw, message) => {
    const check = checkApiUrl(raw);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.error).toMatch(message);
  });
});
