import { z } from 'zod';
import { extensionDbArea } from '@/utils/storage/storage-area';
import { defineStoredItem } from '@/utils/storage/stored-item';

export const MAX_TEMPLATES = 50;
export const MAX_TEMPLATE_NAME = 60;

export const templateSchema = z.object({
  id: z.string().min(1).max(100),
  name: z.string().trim().min(1).max(MAX_TEMPLATE_NAME),
  message: z.string().min(1).max(5000),
  createdAt: z.number(),
});
export type Template = z.infer<typeof templateSchema>;

/** Each template is validated on its own, so one damaged entry cannot take the others with it. */
const templatesSchema = z.array(z.unknown()).transform((stored) =>
  stored
    .flatMap((value) => {
      const parsed = templateSchema.safeParse(value);
      return parsed.success ? [parsed.data] : [];
    })
    .sort((a, b) => a.name.localeCompare(b.name)),
);

/** The user's own texts: beside the key, not in storage.local, which Firefox opens to content scripts. */
export const templatesItem = defineStoredItem<Template[]>({
  area: extensionDbArea('templates'),
  schema: templatesSchema,
  fallback: [],
});

export function readTemplates(stored: unknown): Template[] {
  return templatesItem.read(stored).value;
}

export type TemplateChange =
  | { ok: true; templates: Template[]; saved: Template }
  | { ok: false; reason: string };

/** Saving under an existing name replaces that template: names are how people pick them. */
export function addTemplate(
  templates: readonly Template[],
  input: { name: string; message: string },
  id: string,
  now: number,
): TemplateChange {
  const name = input.name.trim();
  if (name === '') return { ok: false, reason: 'Give the template a name.' };
  if (name.length > MAX_TEMPLATE_NAME)
    return { ok: false, reason: `Keep the name under ${MAX_TEMPLATE_NAME + 1} characters.` };
  if (input.message.trim() === '')
    return { ok: false, reason: 'Write the message first, then save it as a template.' };
  const others = templates.filter(
    (template) => template.name.toLocaleLowerCase() !== name.toLocaleLowerCase(),
  );
  if (others.length >= MAX_TEMPLATES)
    return { ok: false, reason: `You have ${MAX_TEMPLATES} templates: delete one first.` };
  const saved: Template = { id, name, message: input.message, createdAt: now };
  return { ok: true, templates: readTemplates([...others, saved]), saved };
}

export function removeTemplate(templates: readonly Template[], id: string): Template[] {
  return templates.filter((template) => template.id !== id);
}

export async function loadTemplates(): Promise<Template[]> {
  return templatesItem.load();
}

export async function saveTemplate(input: {
  name: string;
  message: string;
}): Promise<TemplateChange> {
  const change = addTemplate(await loadTemplates(), input, crypto.randomUUID(), Date.now());
  if (change.ok) await templatesItem.save(change.templates);
  return change;
}

export async function deleteTemplate(id: string): Promise<void> {
  await templatesItem.save(removeTemplate(await loadTemplates(), id));
}

export function watchTemplates(onChange: (templates: Template[]) => void): () => void {
  return templatesItem.watch((templates) => onChange(templates));
}
