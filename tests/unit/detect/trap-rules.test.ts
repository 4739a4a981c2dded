import { describe, expect, it } from 'vitest';
import { hasNonPhoneContext, isTrapLabel } from '@/utils/detect/trap-context';
import { hasNonPhoneShape, passesLuhn } from '@/utils/detect/trap-shapes';

describe('hasNonPhoneShape', () => {
  it.each([
    ['2024-01-15', 'ISO date'],
    ['15/01/2024', 'day/month/year'],
    ['15.01.24', 'short dotted date'],
    ['20240115', 'compact date'],
    ['9.00-17.30', 'dotted time range'],
    ['0900-1730', '24-hour time range'],
    ['192.168.100.200', 'IPv4 address'],
    ['10.0.19045.3693', 'version'],
    ['4111 1111 1111 1111', 'card in fours'],
    ['3782 822463 10005', 'Amex card'],
    ['4111111111111111', 'bare card number'],
    ['978-0-306-40615-7', 'ISBN-13'],
    ['0-306-40615-2', 'ISBN-10'],
    ['94105-1234', 'ZIP+4'],
    ['01310-100', 'Brazilian CEP'],
    ['1234567.50', 'amount'],
    ['1 234 567.50', 'amount with spaces'],
  ])('rejects %s (%s)', (candidate) => {
    expect(hasNonPhoneShape(candidate)).toBe(true);
  });

  it.each([
    '0917 123 4567',
    '+63 917 123 4567',
    '06.12.34.56.78',
    '1.800.555.0199',
    '415.555.0132',
    '+1 (415) 555-0132',
    '0664/1234567',
    '090-1234-5678',
  ])('accepts the phone shape %s', (candidate) => {
    expect(hasNonPhoneShape(candidate)).toBe(false);
  });

  it('checks cards with Luhn', () => {
    expect(passesLuhn('4111111111111111')).toBe(true);
    expect(passesLuhn('4111111111111112')).toBe(false);
  });
});

describe('hasNonPhoneContext', () => {
  const judge = (before: string, candidate: string, after = ''): boolean =>
    hasNonPhoneContext(
      `${before}${candidate}${after}`,
      before.length,
      before.length + candidate.length,
    );

  it.each([
    ['0035g', '00000123456', 'AB', 'a record id'],
    ['INV-', '2024-000123', '', 'an invoice id'],
    ['#', '09171234567', '', 'a hash'],
    ['$', '1234567', '', 'a dollar amount'],
    ['PHP ', '1234567', '', 'a currency code'],
    ['', '1234567', '%', 'a percentage'],
    ['', '12345678', ' EUR', 'a currency after'],
    ['', '1 234 567', ',89', 'a decimal comma'],
    ['', '15/01/2024 10', ':30', 'a time after'],
    ['', '09171234567', '@example.com', 'an e-mail'],
    ['/records/', '09171234567', '', 'a URL path'],
    ['?id=', '09171234567', '', 'a query string'],
    ['Order #', '10023456', '', 'an order label'],
    ['Ticket No. ', '00012345', '', 'a ticket label'],
    ['Account number: ', '0917 123 4567', '', 'an account label'],
    ['ISBN ', '0306406152', '', 'an ISBN label'],
    ['〒', '100-0001', '', 'a Japanese postal mark'],
    ['v', '2.0.1234567', '', 'a version'],
  ])('rejects %s|%s|%s (%s)', (before, candidate, after) => {
    expect(judge(before, candidate, after)).toBe(true);
  });

  it.each([
    ['Phone: ', '0917 123 4567', ''],
    ['Phone number: ', '0917 123 4567', ''],
    ['Mobile No. ', '0917 123 4567', ''],
    ['Mobile', '+639171234567', ''],
    ['Tel:', '+639171234567', ''],
    ['(', '0917 123 4567', ')'],
    ['Call ', '+1 415 555 0132', ' ext. 204'],
    ['Call ', '+1 415 555 0132', 'x12'],
    ['電話：', '03-1234-5678', ''],
    ['', '0917 123 4567', '.'],
    ['', '0917 123 4567', ', 0918 765 4321'],
  ])('accepts %s|%s|%s', (before, candidate, after) => {
    expect(judge(before, candidate, after)).toBe(false);
  });
});

describe('hasNonPhoneContext across element boundaries', () => {
  it('takes a word in another element for a label or a caption, not for glue', () => {
    const text = 'Phone(02) 8123 4567Call';
    expect(hasNonPhoneContext(text, 5, 19)).toBe(true);
    expect(hasNonPhoneContext(text, 5, 19, [5, 19])).toBe(false);
  });

  it('reads a label that starts an element right after another word', () => {
    const text = 'Account numberAccount number: 0917 123 0000';
    expect(hasNonPhoneContext(text, 30, 43)).toBe(false);
    expect(hasNonPhoneContext(text, 30, 43, [14])).toBe(true);
  });

  it('still rejects a symbol or a label in another element', () => {
    expect(hasNonPhoneContext('#09171234567', 1, 12, [1])).toBe(true);
    expect(hasNonPhoneContext('Order #10023456', 7, 15, [7])).toBe(true);
  });
});

describe('isTrapLabel', () => {
  it.each([
    'Record ID',
    'Customer ID',
    'Waybill',
    'AWB No.',
    'Tracking number',
    'Tracking #',
    'Ticket #',
    'Order No.:',
    'Consignment',
  ])('calls %s the label of something else than a phone number', (label) => {
    expect(isTrapLabel(label)).toBe(true);
  });

  it.each([
    'Phone',
    'Mobile',
    'Account phone',
    'Phone number',
    'Fax',
    '',
    'Thanks for your order and see you soon, we will call',
  ])('does not call %s a trap label', (label) => {
    expect(isTrapLabel(label)).toBe(false);
  });
});
