import { useEffect, useState } from 'react';
import { balanceItem, type CachedBalance } from '@/utils/balance/balance-store';
import { loadTemplates, type Template, watchTemplates } from '@/utils/composer/templates-store';
import { errorText } from '@/utils/failure/error-text';
import { sendMessage } from '@/utils/messaging/send-message';
import type { MessageRecord } from '@/utils/outbox/message-record';
import { messagesItem, watchRecords } from '@/utils/outbox/message-store';
import { readApiKey } from '@/utils/settings/api-key-store';
import { describeMissingSettings } from '@/utils/settings/missing-settings';
import type { Settings } from '@/utils/settings/settings-schema';
import { type LoadedSettings, loadSettings, watchSettings } from '@/utils/settings/settings-store';

export type StoredData = {
  settings: Settings;
  settingsWarning: string | undefined;
  /** What must be set in Settings before anything can be sent ("your API key", …). */
  missing: string[];
  records: MessageRecord[];
  balance: CachedBalance | undefined;
  templates: Template[];
};

async function readSetup(
  loaded: LoadedSettings,
): Promise<Pick<StoredData, 'settings' | 'settingsWarning' | 'missing'>> {
  // Only whether a key exists: the composer never reads it out or shows it.
  const hasKey = (await readApiKey().catch(() => undefined)) !== undefined;
  return {
    settings: loaded.settings,
    settingsWarning: loaded.warning,
    missing: describeMissingSettings(loaded.settings, hasKey),
  };
}

/** Everything the composer reads from storage, kept current while the popup is open. */
export function useStoredData(): { data: StoredData | undefined; loadError: string | undefined } {
  const [data, setData] = useState<StoredData>();
  const [loadError, setLoadError] = useState<string>();

  useEffect(() => {
    let active = true;
    const update = (change: Partial<StoredData>): void => {
      if (active) setData((previous) => (previous ? { ...previous, ...change } : previous));
    };
    Promise.all([
      loadSettings().then(readSetup),
      messagesItem.load(),
      balanceItem.load(),
      loadTemplates(),
    ]).then(
      ([setup, records, balance, templates]) => {
        if (!active) return;
        setData({ ...setup, records, balance, templates });
        // A fresh balance makes the "lower than the estimate" warning true; failures change nothing.
        if (setup.missing.length === 0) sendMessage('refreshBalance', {}).catch(() => undefined);
      },
      (error: unknown) => active && setLoadError(errorText(error)),
    );
    const stops = [
      watchSettings((loaded) => void readSetup(loaded).then(update)),
      watchRecords((records) => update({ records })),
      balanceItem.watch((balance) => update({ balance })),
      watchTemplates((templates) => update({ templates })),
    ];
    return () => {
      active = false;
      for (const stop of stops) stop();
    };
  }, []);

  return { data, loadError };
}
