import { describe, expect, it } from 'vitest';
import { callingCodeOf, estimateCost, lastPricePerPart } from '@/utils/composer/estimate-cost';
import { makeRecord } from './make-record';

const PH_SENT = makeRecord({
  id: 'ph-00001',
  sentAt: 10,
  estimateMicro: 20_000,
  recipient: { to: '639171234567' },
});
const US_SENT = makeRecord({
  id: 'us-00001',
  sentAt: 20,
  estimateMicro: 7_500,
  recipient: { to: '12025550123' },
});

describe('callingCodeOf', () => {
  it('reads the country calling code from international digits', () => {
    expect(callingCodeOf('639171234567')).toBe('63');
    expect(callingCodeOf('12025550123')).toBe('1');
    expect(callingCodeOf('999')).toBeUndefined();
  });
});

describe('lastPricePerPart', () => {
  it('takes the newest price paid for the same country', () => {
    const newerPh = makeRecord({
      id: 'ph-00002',
      sentAt: 30,
      estimateMicro: 25_000,
      recipient: { to: '639181112222' },
    });
    expect(lastPricePerPart([PH_SENT, US_SENT, newerPh], { to: '639999999999' })).toBe(25_000);
    expect(lastPricePerPart([PH_SENT, US_SENT], { to: '12025550199' })).toBe(7_500);
  });

  it('ignores messages that were not sent or carry no price', () => {
    const failed = makeRecord({ id: 'ph-00003', status: 'failed', estimateMicro: 99_000 });
    const free = makeRecord({ id: 'ph-00004', estimateMicro: 0 });
    expect(lastPricePerPart([failed, free], { to: '639171234567' })).toBeUndefined();
  });

  it('uses the country the contact was sent to, for a contact', () => {
    const contact = makeRecord({
      id: 'c-000001',
      recipient: { contactId: 5 },
      contactId: 5,
      sentTo: '639171234567',
      estimateMicro: 30_000,
    });
    expect(lastPricePerPart([contact], { contactId: 5 })).toBe(30_000);
    expect(lastPricePerPart([contact], { contactId: 6 })).toBeUndefined();
  });
});

describe('estimateCost', () => {
  it('multiplies the parts by the price per part', () => {
    expect(estimateCost(3, { to: '639171234567' }, [PH_SENT])).toEqual({
      known: true,
      micro: 60_000,
      perPartMicro: 20_000,
      display: '$0.06',
    });
  });

  it('says it does not know rather than guess', () => {
    expect(estimateCost(1, { to: '4915112345678' }, [PH_SENT, US_SENT])).toEqual({ known: false });
    expect(estimateCost(0, { to: '639171234567' }, [PH_SENT])).toEqual({ known: false });
    expect(estimateCost(1, undefined, [PH_SENT])).toEqual({ known: false });
  });
});
