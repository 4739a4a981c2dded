import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { z } from 'zod';
import { readEntry, writeEntry } from '@/utils/storage/extension-db';
import { browserStorageArea, extensionDbArea } from '@/utils/storage/storage-area';
import { defineStoredItem, migrate } from '@/utils/storage/stored-item';
import greetingV1 from './fixtures/greeting-v1.json';
import greetingV3 from './fixtures/greeting-v3.json';

beforeEach(() => fakeBrowser.reset());

/** A made-up item in its third layout: v1 `{text, loud}`, v2 `{words, loud}`, v3 `{words, volume, signed}`. */
const greetingSchema = z.object({
  words: z.array(z.string()),
  volume: z.enum(['quiet', 'loud']),
  signed: z.boolean(),
});
type Greeting = z.infer<typeof greetingSchema>;
const QUIET: Greeting = { words: [], volume: 'quiet', signed: false };

const greetingMigrations = {
  2: (stored: unknown) => {
    const { text, ...rest } = stored as { text: string };
    return { ...rest, words: [text] };
  },
  3: (stored: unknown) => {
    const { loud, ...rest } = stored as { loud: boolean };
    return { ...rest, volume: loud ? 'loud' : 'quiet', signed: false };
  },
};

function greetingItem(area = browserStorageArea('local:greeting')) {
  return defineStoredItem<Greeting>({
    area,
    schema: greetingSchema,
    fallback: QUIET,
    version: 3,
    migrations: greetingMigrations,
  });
}

describe('migrations', () => {
  it('turn the v1 fixture into the v3 fixture, one version at a time', () => {
    expect(migrate(structuredClone(greetingV1), 1, 3, greetingMigrations)).toEqual(greetingV3);
    expect(
      migrate(greetingMigrations[2](structuredClone(greetingV1)), 2, 3, greetingMigrations),
    ).toEqual(greetingV3);
  });

  it('run on the first read after an update and are written back with the new version (storage.local)', async () => {
    await fakeBrowser.storage.local.set({ greeting: structuredClone(greetingV1) });
    expect(await greetingItem().load()).toEqual(greetingV3);
    expect(await fakeBrowser.storage.local.get(['greeting', 'greeting$'])).toEqual({
      greeting: greetingV3,
      greeting$: { v: 3 },
    });
  });

  it('run from the version written beside the value (extension DB)', async () => {
    const area = extensionDbArea('templates');
    await writeEntry('templates', { words: ['Hi'], loud: false });
    await writeEntry('templates$', 2);
    expect(await greetingItem(area).load()).toEqual({
      words: ['Hi'],
      volume: 'quiet',
      signed: false,
    });
    expect(await readEntry('templates$')).toBe(3);
  });

  it('read what WXT’s own defineItem wrote under the same version record', async () => {
    await fakeBrowser.storage.local.set({ greeting: greetingV3, greeting$: { v: 3 } });
    expect(await greetingItem().load()).toEqual(greetingV3);
  });

  it('never guess at a layout written by a newer version: the fallback stands in', async () => {
    await fakeBrowser.storage.local.set({ greeting: { anything: 1 }, greeting$: { v: 4 } });
    expect(await greetingItem().load()).toEqual(QUIET);
    // And the newer value is left alone for the version that understands it.
    expect(await fakeBrowser.storage.local.get('greeting')).toEqual({ greeting: { anything: 1 } });
  });
});

describe('validation on read', () => {
  it('falls back on an absent value, and on a damaged one, saying why', async () => {
    const item = greetingItem();
    expect(await item.loadRead()).toEqual({ value: QUIET });
    await item.area.setValue({ words: 'Hello', volume: 'loud', signed: false });
    await item.area.setVersion(3);
    const read = await item.loadRead();
    expect(read.value).toEqual(QUIET);
    expect(read.refused?.issues.map((issue) => issue.path.join('.'))).toEqual(['words']);
  });

  it('refuses to save what a read would refuse, and writes the version with the value', async () => {
    const item = greetingItem();
    await expect(item.save({ ...QUIET, volume: 'shouting' } as never)).rejects.toThrow();
    expect(await item.area.getValue()).toBeNull();
    await item.save(greetingV3 as Greeting);
    expect(await fakeBrowser.storage.local.get(['greeting', 'greeting$'])).toEqual({
      greeting: greetingV3,
      greeting$: { v: 3 },
    });
  });

  it('a first-layout item writes no version record, as WXT does not', async () => {
    const item = defineStoredItem({
      area: browserStorageArea('local:plain'),
      schema: z.number(),
      fallback: 0,
    });
    await item.save(5);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ plain: 5 });
  });
});

describe('watch', () => {
  it('reports every change validated, with the previous value (storage.local)', async () => {
    const item = greetingItem();
    const seen: [Greeting, Greeting][] = [];
    const unwatch = item.watch((value, previous) => seen.push([value, previous]));
    await item.save(greetingV3 as Greeting);
    await item.area.setValue('damaged');
    unwatch();
    await item.save(QUIET);
    expect(seen).toEqual([
      [greetingV3, QUIET],
      [QUIET, greetingV3],
    ]);
  });

  it('reports a change made through the extension DB from another context', async () => {
    const item = defineStoredItem({
      area: extensionDbArea('balance'),
      schema: z.object({ at: z.number() }).optional(),
      fallback: undefined,
    });
    const next = new Promise<unknown>((resolve) => {
      const unwatch = item.watch((value) => {
        unwatch();
        resolve(value);
      });
    });
    await item.save({ at: 7 });
    expect(await next).toEqual({ at: 7 });
  });
});
