import { describe, expect, it } from 'vitest';
import { checkPersonalization, findPlaceholders } from '@/utils/composer/personalization';

describe('findPlaceholders', () => {
  it('finds each merge field once, as written', () => {
    expect(
      findPlaceholders(
        'Hi {{contact.firstName}}, {{ contact.lastName }}! Bye {{contact.firstName}}',
      ),
    ).toEqual(['{{contact.firstName}}', '{{ contact.lastName }}']);
  });

  it('ignores single braces and unclosed ones', () => {
    expect(findPlaceholders('{name} {{open and } closed}}')).toEqual([]);
    expect(findPlaceholders('no fields here')).toEqual([]);
  });
});

describe('checkPersonalization', () => {
  it('allows and explains merge fields on the contact endpoint', () => {
    const check = checkPersonalization('Hi {{contact.firstName}}', 'contact');
    expect(check).toMatchObject({ status: 'allowed', placeholders: ['{{contact.firstName}}'] });
    expect(check.status === 'allowed' && check.explanation).toContain(
      'fills in {{contact.firstName}}',
    );
  });

  it('refuses them on the phone-number endpoint, saying why', () => {
    const check = checkPersonalization('Hi {{contact.firstName}}', 'phonenumber');
    expect(check.status).toBe('refused');
    expect(check.status === 'refused' && check.reason).toMatch(/sends the braces as written/);
  });

  it('has nothing to say about plain text', () => {
    expect(checkPersonalization('Hi there', 'phonenumber')).toEqual({ status: 'none' });
  });
});
