import type { z } from 'zod';
import type { StorageArea } from './storage-area';

/** Turns the value stored under one version into the next version's layout. */
export type Migration = (stored: unknown) => unknown;

export type StoredItemOptions<T> = {
  area: StorageArea;
  /** What a stored value must be; a transform may repair it (drop damaged entries, sort). */
  schema: z.ZodType<T>;
  /** What an absent, damaged or too-new value reads as: always safe to act on. */
  fallback: T;
  /** The layout this code writes; 1 until the first migration. */
  version?: number;
  /** `migrations[n]` turns a version n-1 value into version n; each has a before/after test. */
  migrations?: Record<number, Migration>;
};

/** A read value, and why the stored one was refused when the fallback stands in for it. */
export type ItemRead<T> = { value: T; refused?: z.ZodError };

export type StoredItem<T> = {
  load(): Promise<T>;
  /** As load, and says when the stored value was refused (the settings page warns about it). */
  loadRead(): Promise<ItemRead<T>>;
  /** Validated before it is written: a value the next read would refuse is never stored. */
  save(value: T): Promise<void>;
  remove(): Promise<void>;
  /** Calls back with every change from any of the extension's contexts, validated. */
  watch(onChange: (value: T, previous: T, read: ItemRead<T>) => void): () => void;
  /** Validates a raw value as a read would (for values that arrive without a load). */
  read(stored: unknown): ItemRead<T>;
  /** What an absent or refused value reads as. */
  fallback: T;
  /** The raw backend, for migrations across items and for tests that plant damaged values. */
  area: StorageArea;
};

/**
 * One stored value: typed, validated on every read with a safe fallback, versioned with
 * migrations that run on the first read after an update and are written back once.
 */
export function defineStoredItem<T>(options: StoredItemOptions<T>): StoredItem<T> {
  const { area, schema, fallback, version = 1, migrations = {} } = options;

  const read = (stored: unknown): ItemRead<T> => {
    if (stored === null || stored === undefined) return { value: fallback };
    const parsed = schema.safeParse(stored);
    return parsed.success ? { value: parsed.data } : { value: fallback, refused: parsed.error };
  };

  const loadRead = async (): Promise<ItemRead<T>> => {
    const { value: stored, version: storedVersion = 1 } = await area.getStored();
    if (stored === null) return read(stored);
    // Written by a newer version of the extension: its layout is unknown here.
    if (storedVersion > version) return { value: fallback };
    if (storedVersion === version) return read(stored);
    const migrated = migrate(stored, storedVersion, version, migrations);
    await area.setValue(migrated);
    await area.setVersion(version);
    return read(migrated);
  };

  return {
    load: async () => (await loadRead()).value,
    loadRead,
    async save(value) {
      await area.setValue(schema.parse(value));
      if (version > 1) await area.setVersion(version);
    },
    remove: () => area.removeValue(),
    watch: (onChange) =>
      area.watch((value, previous) => {
        const next = read(value);
        onChange(next.value, read(previous).value, next);
      }),
    read,
    fallback,
    area,
  };
}

/** Runs every migration from `from` + 1 up to `to`, in order. */
export function migrate(
  stored: unknown,
  from: number,
  to: number,
  migrations: Record<number, Migration>,
): unknown {
  let value = stored;
  for (let next = from + 1; next <= to; next += 1) value = migrations[next]?.(value) ?? value;
  return value;
}
