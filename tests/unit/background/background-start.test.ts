import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createServices } from '@/utils/background/services';

vi.mock('@/utils/background/services', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/utils/background/services')>();
  return { ...original, createServices: vi.fn(original.createServices) };
});

beforeEach(() => {
  fakeBrowser.reset();
  vi.mocked(createServices).mockClear();
  // Events the fake browser does not implement: their listeners are counted here instead.
  for (const event of [
    fakeBrowser.contextMenus.onClicked,
    fakeBrowser.commands.onCommand,
    fakeBrowser.permissions.onAdded,
    fakeBrowser.permissions.onRemoved,
  ]) {
    vi.spyOn(event, 'addListener').mockImplementation(() => undefined);
  }
  for (const event of [
    fakeBrowser.runtime.onMessage,
    fakeBrowser.runtime.onInstalled,
    fakeBrowser.alarms.onAlarm,
    fakeBrowser.notifications.onClicked,
  ]) {
    vi.spyOn(event, 'addListener');
  }
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockResolvedValue([]);
});

describe('the background entrypoint', () => {
  it('does nothing when imported: WXT imports it at build time too', async () => {
    const open = vi.spyOn(indexedDB, 'open');
    const { default: background } = await import('@/entrypoints/background/index');
    expect(typeof background.main).toBe('function');
    expect(createServices).not.toHaveBeenCalled();
    expect(fakeBrowser.runtime.onMessage.addListener).not.toHaveBeenCalled();
    expect(fakeBrowser.alarms.onAlarm.addListener).not.toHaveBeenCalled();
    expect(fakeBrowser.runtime.onInstalled.addListener).not.toHaveBeenCalled();
    expect(open).not.toHaveBeenCalled();
  });

  it('creates its services and listeners when main runs', async () => {
    const { default: background } = await import('@/entrypoints/background/index');
    background.main();
    expect(createServices).toHaveBeenCalledTimes(1);
    expect(fakeBrowser.runtime.onMessage.addListener).toHaveBeenCalled();
    expect(fakeBrowser.alarms.onAlarm.addListener).toHaveBeenCalled();
    expect(fakeBrowser.commands.onCommand.addListener).toHaveBeenCalledTimes(1);
    expect(fakeBrowser.notifications.onClicked.addListener).toHaveBeenCalled();
    expect(fakeBrowser.contextMenus.onClicked.addListener).toHaveBeenCalledTimes(1);
  });
});
