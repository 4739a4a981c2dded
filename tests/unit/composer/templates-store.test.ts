import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  addTemplate,
  deleteTemplate,
  loadTemplates,
  MAX_TEMPLATES,
  readTemplates,
  removeTemplate,
  saveTemplate,
  type Template,
  templatesItem,
} from '@/utils/composer/templates-store';

function template(name: string, id = name): Template {
  return { id, name, message: `${name} text`, createdAt: 1 };
}

beforeEach(() => fakeBrowser.reset());

describe('readTemplates', () => {
  it('keeps valid templates sorted by name and drops damaged ones', () => {
    expect(readTemplates([template('b'), { id: 'x' }, template('a'), null])).toEqual([
      template('a'),
      template('b'),
    ]);
    expect(readTemplates('junk')).toEqual([]);
  });
});

describe('addTemplate', () => {
  it('adds a named template', () => {
    const change = addTemplate(
      [],
      { name: '  Follow-up ', message: 'Thanks for your time!' },
      't1',
      5,
    );
    expect(change).toEqual({
      ok: true,
      saved: { id: 't1', name: 'Follow-up', message: 'Thanks for your time!', createdAt: 5 },
      templates: [{ id: 't1', name: 'Follow-up', message: 'Thanks for your time!', createdAt: 5 }],
    });
  });

  it('replaces a template saved under the same name, whatever its case', () => {
    const change = addTemplate(
      [template('Follow-up', 'old')],
      { name: 'follow-up', message: 'New text' },
      'new',
      2,
    );
    expect(change.ok && change.templates.map((t) => [t.id, t.message])).toEqual([
      ['new', 'New text'],
    ]);
  });

  it('says why it cannot save', () => {
    expect(addTemplate([], { name: ' ', message: 'x' }, 'id', 1)).toEqual({
      ok: false,
      reason: 'Give the template a name.',
    });
    expect(addTemplate([], { name: 'n', message: '  ' }, 'id', 1)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('Write the message'),
    });
    expect(addTemplate([], { name: 'n'.repeat(61), message: 'x' }, 'id', 1)).toMatchObject({
      ok: false,
    });
    const full = Array.from({ length: MAX_TEMPLATES }, (_, i) => template(`t${i}`));
    expect(addTemplate(full, { name: 'one more', message: 'x' }, 'id', 1)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('delete one'),
    });
    expect(addTemplate(full, { name: 't3', message: 'x' }, 'id', 1).ok).toBe(true);
  });
});

describe('removeTemplate', () => {
  it('removes by id only', () => {
    expect(removeTemplate([template('a'), template('b')], 'a')).toEqual([template('b')]);
  });
});

describe('template storage', () => {
  it('saves, lists and deletes (storage.local "templates")', async () => {
    const change = await saveTemplate({
      name: 'Reminder',
      message: 'See you {{contact.firstName}}!',
    });
    expect(change.ok).toBe(true);
    expect((await loadTemplates()).map((t) => t.name)).toEqual(['Reminder']);
    expect(await templatesItem.area.getValue()).toHaveLength(1);
    await deleteTemplate(change.ok ? change.saved.id : '');
    expect(await loadTemplates()).toEqual([]);
  });
});
