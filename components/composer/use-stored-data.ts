import { useEffect, useMemo, useState } from 'react';
import { balanceItem, type CachedBalance } from '@/utils/balance/balance-store';
import { loadTemplates, type Template, watchTemplates } from '@/utils/composer/templates-store';
import { type OptOutList, optOutsItem } from '@/utils/consent/opt-out-store';
import { errorText } from '@/utils/failure/error-text';
import { sendMessage } from '@/utils/messaging/send-message';
import type { MessageRecord } from '@/utils/outbox/message-record';
import { messagesItem, watchRecords } from '@/utils/outbox/message-store';
import {
  effectiveSettings,
  effectiveTemplates,
  type OfferedTemplate,
} from '@/utils/policy/effective-settings';
import type { PolicyView } from '@/utils/policy/managed-policy';
import { fetchPolicy } from '@/utils/policy/page-policy';
import { watchManagedPolicy } from '@/utils/policy/watch-managed-policy';
import { readApiKey } from '@/utils/settings/api-key-store';
import { findMissingSettings, type MissingSetting } from '@/utils/settings/missing-settings';
import type { Settings } from '@/utils/settings/settings-schema';
import { type LoadedSettings, loadSettings, watchSettings } from '@/utils/settings/settings-store';

export type StoredData = {
  settings: Settings;
  settingsWarning: string | undefined;
  /** What must be set in Settings before anything can be sent ("your API key", …). */
  missing: MissingSetting[];
  records: MessageRecord[];
  balance: CachedBalance | undefined;
  /** The team's templates (from the organization's policy), then the user's own. */
  templates: OfferedTemplate[];
  /** Who asked not to get texts: the composer says so before Send. */
  optOuts: OptOutList;
};

type Loaded = Omit<StoredData, 'templates'> & { ownTemplates: Template[]; policy: PolicyView };

async function readSetup(
  loaded: LoadedSettings,
): Promise<Pick<Loaded, 'settings' | 'settingsWarning' | 'missing' | 'policy'>> {
  // Only whether a key exists: the composer never reads it out or shows it. The organization's
  // policy comes from the background, which keeps its key.
  const [userKey, policy] = await Promise.all([readApiKey().catch(() => undefined), fetchPolicy()]);
  const { view } = policy;
  const settings = effectiveSettings(loaded.settings, view);
  return {
    settings,
    settingsWarning: loaded.warning,
    missing: findMissingSettings(settings, userKey !== undefined || view.hasApiKey),
    policy: view,
  };
}

/** Everything the composer reads from storage, kept current while the popup is open. */
export function useStoredData(): { data: StoredData | undefined; loadError: string | undefined } {
  const [data, setData] = useState<Loaded>();
  const [loadError, setLoadError] = useState<string>();

  useEffect(() => {
    let active = true;
    const update = (change: Partial<Loaded>): void => {
      if (active) setData((previous) => (previous ? { ...previous, ...change } : previous));
    };
    Promise.all([
      loadSettings().then(readSetup),
      messagesItem.load(),
      balanceItem.load(),
      loadTemplates(),
      optOutsItem.load(),
    ]).then(
      ([setup, records, balance, ownTemplates, optOuts]) => {
        if (!active) return;
        setData({ ...setup, records, balance, ownTemplates, optOuts });
        // A fresh balance makes the "lower than the estimate" warning true; failures change nothing.
        if (setup.missing.length === 0) sendMessage('refreshBalance', {}).catch(() => undefined);
      },
      (error: unknown) => active && setLoadError(errorText(error)),
    );
    const stops = [
      watchSettings((loaded) => void readSetup(loaded).then(update)),
      watchManagedPolicy(() => void loadSettings().then(readSetup).then(update)),
      watchRecords((records) => update({ records })),
      balanceItem.watch((balance) => update({ balance })),
      watchTemplates((ownTemplates) => update({ ownTemplates })),
      optOutsItem.watch((optOuts) => update({ optOuts })),
    ];
    return () => {
      active = false;
      for (const stop of stops) stop();
    };
  }, []);

  const shown = useMemo((): StoredData | undefined => {
    if (!data) return undefined;
    const { ownTemplates, policy, ...rest } = data;
    return { ...rest, templates: effectiveTemplates(ownTemplates, policy) };
  }, [data]);
  return { data: shown, loadError };
}
