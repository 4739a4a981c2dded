import { it } from 'vitest';
import { parsePhoneNumber } from '@/utils/phone/parse-phone-number';
import { findNumberRun, readNumber } from '@/utils/phone/read-number';

it('x', () => {
  for (const [t, c] of [
    ['+–49 1512 3456789', 'DE'],
    ['+ 38343201234', 'XK'],
    ['+–62 812 345 678', 'ID'],
  ] as const) {
    console.log(t, JSON.stringify(findNumberRun(t)), JSON.stringify(parsePhoneNumber(t, c)));
  }
  const inputs = [
    '0917 123 45',
    '+63 917 123 4567',
    '12-34-56 78',
    '0917 123 4567 / 0918 765 4321',
    '(1)+ 0011 63',
  ];
  for (const t of inputs) {
    const t0 = performance.now();
    for (let i = 0; i < 100; i++) parsePhoneNumber(t, 'PH');
    console.log(t, ((performance.now() - t0) / 100).toFixed(2), 'ms');
  }
});
