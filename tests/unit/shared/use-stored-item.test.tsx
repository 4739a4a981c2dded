// @vitest-environment happy-dom
import { act, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { z } from 'zod';
import { useStoredItem } from '@/components/shared/use-stored-item';
import { browserStorageArea } from '@/utils/storage/storage-area';
import { defineStoredItem } from '@/utils/storage/stored-item';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const countItem = defineStoredItem({
  area: browserStorageArea('local:count'),
  schema: z.number().int(),
  fallback: -1,
});

function Count(): ReactElement {
  const { value, ready } = useStoredItem(countItem);
  return <p>{ready ? `count ${value}` : 'loading'}</p>;
}

let root: Root | undefined;
let container: HTMLElement;

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  act(() => root?.unmount());
  container.remove();
});

async function waitForText(text: string): Promise<void> {
  for (let tries = 0; tries < 50 && container.textContent !== text; tries += 1)
    await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
  expect(container.textContent).toBe(text);
}

describe('useStoredItem', () => {
  it('shows the stored value, follows changes, and shows the fallback for a damaged one', async () => {
    await countItem.save(3);
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    await act(async () => root?.render(<Count />));
    await waitForText('count 3');
    await act(async () => countItem.save(4));
    await waitForText('count 4');
    await act(async () => countItem.area.setValue('four'));
    await waitForText('count -1');
  });
});
