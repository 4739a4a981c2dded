import { browser } from 'wxt/browser';

/** The page's selection, read only when the user pressed the shortcut (activeTab grants it then). */
export async function readSelectedText(tabId: number | undefined): Promise<string> {
  if (tabId === undefined) return '';
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId },
      func: () => getSelection()?.toString() ?? '',
    });
    return typeof result?.result === 'string' ? result.result : '';
  } catch {
    return ''; // A page the extension may not read (the browser's own pages): open it empty.
  }
}
