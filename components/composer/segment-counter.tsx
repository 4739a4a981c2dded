import type { ReactElement } from 'react';
import type { CostEstimate } from '@/utils/composer/estimate-cost';
import { MAX_PARTS, type SegmentCount } from '@/utils/sms/count-segments';

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * Characters, parts and what is left in the last part, with the cost when a price is known. Only
 * the number of parts is announced, and only when it changes: every keystroke would be noise.
 */
export function SegmentCounter({
  id,
  counter,
  estimate,
}: {
  id: string;
  counter: SegmentCount;
  estimate: CostEstimate;
}): ReactElement {
  const encoding = counter.encoding === 'GSM-7' ? 'GSM-7' : 'Unicode';
  const parts = counter.tooLong
    ? `${counter.parts} parts (the most is ${MAX_PARTS})`
    : plural(counter.parts, 'part');
  const left = counter.parts > 0 && !counter.tooLong ? ` · ${counter.remainingInPart} left` : '';
  const cost = counter.parts === 0 ? '' : estimate.known ? `≈ ${estimate.display}` : 'cost unknown';
  return (
    <>
      <p id={id} className={counter.tooLong ? 'counter counter--over' : 'counter'}>
        <span>
          {plural(counter.characters, 'character')} · {parts}
          {left}
        </span>
        <span>
          {encoding}
          {cost && ` · ${cost}`}
        </span>
      </p>
      <div className="visually-hidden" aria-live="polite">
        {counter.parts === 0 ? '' : plural(counter.parts, 'part')}
      </div>
    </>
  );
}
