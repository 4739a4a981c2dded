import { type KeyboardEvent, type ReactElement, useRef } from 'react';
import type { ComposerTab } from '@/utils/composer/prefill';

const TABS: { id: ComposerTab; label: string }[] = [
  { id: 'compose', label: 'Compose' },
  { id: 'history', label: 'History' },
];

export function tabId(tab: ComposerTab): string {
  return `tab-${tab}`;
}

export function panelId(tab: ComposerTab): string {
  return `panel-${tab}`;
}

/** WAI-ARIA tabs: one stop in the tab order, arrow keys (and Home/End) move between the tabs. */
export function ComposerTabs({
  selected,
  onSelect,
}: {
  selected: ComposerTab;
  onSelect: (tab: ComposerTab) => void;
}): ReactElement {
  const buttons = useRef<Record<string, HTMLButtonElement | null>>({});

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    const index = TABS.findIndex((tab) => tab.id === selected);
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: TABS.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = TABS[(target + TABS.length) % TABS.length];
    if (!next) return;
    onSelect(next.id);
    buttons.current[next.id]?.focus();
  }

  return (
    <div className="tabs" role="tablist" aria-label="Composer" onKeyDown={handleKeyDown}>
      {TABS.map((tab) => (
        <button
          key={tab.id}
          ref={(element) => {
            buttons.current[tab.id] = element;
          }}
          type="button"
          role="tab"
          id={tabId(tab.id)}
          className="tabs__tab"
          aria-selected={tab.id === selected}
          aria-controls={panelId(tab.id)}
          tabIndex={tab.id === selected ? 0 : -1}
          onClick={() => onSelect(tab.id)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
