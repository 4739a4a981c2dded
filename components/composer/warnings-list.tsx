import type { ReactElement } from 'react';
import type { ComposerWarning } from '@/utils/composer/warnings';

/** Worth knowing before paying; none of them stops Send. */
export function WarningsList({ warnings }: { warnings: ComposerWarning[] }): ReactElement | null {
  if (warnings.length === 0) return null;
  return (
    <ul className="warnings" aria-label="Before you send">
      {warnings.map((warning) => (
        <li key={warning.kind}>{warning.text}</li>
      ))}
    </ul>
  );
}
