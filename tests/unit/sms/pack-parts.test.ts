import { describe, expect, it } from 'vitest';
import { packParts } from '@/utils/sms/pack-parts';

describe('packParts', () => {
  it('packs nothing into no parts', () => {
    expect(packParts([], 10)).toEqual({ parts: 0, lastPartUsed: 0 });
  });

  it('fills a part exactly', () => {
    expect(packParts([1, 1, 2, 1], 5)).toEqual({ parts: 1, lastPartUsed: 5 });
  });

  it('moves a 2-unit item that does not fit whole to the next part', () => {
    expect(packParts([1, 1, 1, 1, 2], 5)).toEqual({ parts: 2, lastPartUsed: 2 });
  });

  it('needs more parts than division suggests when pairs straddle the boundary', () => {
    // 4 + 4 = 8 units would fit 2 parts of 4 by division, but [1,1,1 | 2,1 | 2] is what fits.
    expect(packParts([1, 1, 1, 2, 1, 2], 4)).toEqual({ parts: 3, lastPartUsed: 2 });
  });
});
