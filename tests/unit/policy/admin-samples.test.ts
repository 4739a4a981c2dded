import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '@/utils/policy/managed-policy';

const admin = readFileSync('docs/ADMIN.md', 'utf8');
const schema = JSON.parse(readFileSync('public/managed-schema.json', 'utf8')) as {
  properties: Record<string, unknown>;
};

/** Every ```json sample of docs/ADMIN.md, parsed. */
function jsonSamples(): unknown[] {
  return [...admin.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => JSON.parse(match[1] ?? ''));
}

describe('the managed schema and the admin guide', () => {
  it('declares exactly the keys the extension validates', () => {
    const declared = Object.keys(schema.properties).sort();
    expect(declared).toEqual(
      [
        'apiKey',
        'orgId',
        'senderId',
        'defaultCountry',
        'recipientMode',
        'enabledSites',
        'disabledSites',
        'paceLimitPerMinute',
        'quietHours',
        'templates',
        'lockSettings',
      ].sort(),
    );
    // Each declared key is one the parser knows: a sample with all of them gives no warning.
    const unknownOnly = parsePolicy(Object.fromEntries(declared.map((key) => [key, null])));
    expect(unknownOnly.warnings.every((warning) => !warning.includes('does not know'))).toBe(true);
  });

  it('has JSON samples for Chrome and Firefox that the extension reads without a warning', () => {
    const samples = jsonSamples() as Record<string, Record<string, Record<string, unknown>>>[];
    const chrome = samples[0]?.['3rdparty']?.extensions?.EXTENSION_ID;
    const firefox = (
      samples[1]?.policies?.['3rdparty'] as Record<string, Record<string, unknown>> | undefined
    )?.Extensions?.['click-to-sms@engagespark.com'];
    for (const sample of [chrome, firefox]) {
      expect(sample).toBeDefined();
      const { policy, warnings } = parsePolicy(sample);
      expect(warnings).toEqual([]);
      expect(policy).toMatchObject({ apiKey: 'YOUR-ENGAGESPARK-API-KEY', orgId: 1234 });
    }
  });
});
