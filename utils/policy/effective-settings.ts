import type { Template } from '@/utils/composer/templates-store';
import type { Settings } from '@/utils/settings/settings-schema';
import type { SitesState } from '@/utils/sites/site-coverage';
import type { ManagedPolicy, PolicyView } from './managed-policy';

/** The settings a policy can set, as the options page names its fields. */
export const POLICY_SETTING_KEYS = [
  'orgId',
  'senderId',
  'defaultCountry',
  'recipientMode',
  'paceLimitPerMinute',
  'quietHours',
] as const satisfies readonly (keyof Settings)[];
export type PolicySettingKey = (typeof POLICY_SETTING_KEYS)[number];

type PolicySettings = Pick<ManagedPolicy | PolicyView, PolicySettingKey>;

/**
 * The one merge: defaults (already in `user`, which its schema filled), then the user's, then the
 * policy's where it speaks. Used by the background (client, sending, page config) and, over the
 * key-less PolicyView, by the options page and the composer.
 */
export function effectiveSettings(user: Settings, policy: PolicySettings): Settings {
  const merged: Settings = { ...user };
  for (const key of POLICY_SETTING_KEYS) {
    const value = policy[key];
    if (value !== undefined) Object.assign(merged, { [key]: value });
  }
  return merged;
}

/** The user's key unless the policy brings one: the organization's key wins like its other values. */
export function effectiveApiKey(
  userKey: string | undefined,
  policy: ManagedPolicy,
): string | undefined {
  return policy.apiKey ?? userKey;
}

/** The policy's sites are added to the user's choices; the sites it switches off stay off. */
export function effectiveSites(
  user: SitesState,
  policy: Pick<ManagedPolicy, 'enabledSites' | 'disabledSites'>,
): SitesState {
  const policyOn = policy.enabledSites ?? [];
  const policyOff = policy.disabledSites ?? [];
  return {
    enabled: [...new Set([...user.enabled, ...policyOn])].filter(
      (site) => !policyOff.includes(site),
    ),
    disabled: [
      ...new Set([...user.disabled.filter((site) => !policyOn.includes(site)), ...policyOff]),
    ],
  };
}

/** A template shown beside the user's own; `team` ones come from the policy and cannot be edited. */
export type OfferedTemplate = Template & { team: boolean };

/** The team's templates first, then the user's; ids are stable per name so a draft can refer to one. */
export function effectiveTemplates(
  user: Template[],
  policy: Pick<ManagedPolicy, 'templates'>,
): OfferedTemplate[] {
  const team = (policy.templates ?? []).map(
    (template): OfferedTemplate => ({
      id: `team:${template.name}`,
      name: template.name,
      message: template.text,
      createdAt: 0,
      team: true,
    }),
  );
  return [...team, ...user.map((template): OfferedTemplate => ({ ...template, team: false }))];
}

/** The fields the user may not change: those the policy sets, when it locks them. */
export function lockedKeys(
  policy: Pick<ManagedPolicy | PolicyView, PolicySettingKey | 'lockSettings'>,
): PolicySettingKey[] {
  if (policy.lockSettings !== true) return [];
  return POLICY_SETTING_KEYS.filter((key) => policy[key] !== undefined);
}

/**
 * What a settings page saves: where a field still shows the policy's value, or is locked, the
 * user's own value is kept. So the policy's values are never copied into the user's settings (they
 * would outlive it), and a locked field cannot be changed by a save, whatever the page sent. The
 * background needs no refusal of its own: it applies the policy over whatever was saved.
 */
export function ownSettingsToSave(
  next: Settings,
  own: Settings,
  policy: Pick<ManagedPolicy | PolicyView, PolicySettingKey | 'lockSettings'>,
): Settings {
  const saved: Settings = { ...next };
  const locked = lockedKeys(policy);
  for (const key of POLICY_SETTING_KEYS) {
    // Compared as JSON: quietHours is an object, equal by value, not by reference.
    const showsPolicy =
      policy[key] !== undefined && JSON.stringify(next[key]) === JSON.stringify(policy[key]);
    if (showsPolicy || locked.includes(key)) Object.assign(saved, { [key]: own[key] });
  }
  return saved;
}
