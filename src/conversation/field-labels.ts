import type { Translator } from '../i18n/translator';

/** Where a form's own labels live, by the verb's area (`pdsa.create` → `pdsa.field.<id>`). */
const AREA_LABELS: Record<string, string> = { pdsa: 'pdsa.field', actionplan: 'actionPlan.field' };
const STEP_INPUT = /^step([A-J])(What|Owner|Due)$/;
/** The inputs of one action-plan step's own form (`stepComment` → `actionPlan.step.field.comment`). */
const STEP_FORM_INPUT = /^step(Due|Comment|SponsorHelp)$/;

/** The label a person saw for the card input `id` of the form `verb` sent; undefined for hidden or unknown ids. */
export function fieldLabel(t: Translator, id: string, verb?: string): string | undefined {
  const area = verb ? AREA_LABELS[verb.split('.')[0]!] : undefined;
  const step = STEP_INPUT.exec(id);
  if (step) {
    const part = t(`actionPlan.field.step${step[2]}`).toLowerCase();
    return `${t('actionPlan.form.step', { n: step[1]!.charCodeAt(0) - 64 })}, ${part}`;
  }
  const own = STEP_FORM_INPUT.exec(id);
  if (own) return t(`actionPlan.step.field.${own[1]![0]!.toLowerCase()}${own[1]!.slice(1)}`);
  for (const key of [area && `${area}.${id}`, `field.${id}`]) {
    if (!key) continue;
    const label = t(key);
    // Labels with a hint in brackets ("Notat (valgfrit …)") are named without it.
    if (label !== key) return label.replace(/\s*\([^)]*\)$/, '');
  }
  return undefined;
}

/** Labels of the inputs a person can see, quoted: `"Frist"`, `"Frist" og "Fase"`; empty when none is. */
export function fieldLabels(t: Translator, ids: readonly string[], verb?: string): string[] {
  const labels = ids.map((id) => fieldLabel(t, id, verb)).filter((l): l is string => l !== undefined);
  return [...new Set(labels)].map((l) => `"${l}"`);
}

/** Joins quoted labels as a sentence does: `"A"`, `"A" og "B"`, `"A", "B" og "C"`. */
export function joinLabels(t: Translator, labels: readonly string[]): string {
  if (labels.length <= 1) return labels[0] ?? '';
  return `${labels.slice(0, -1).join(', ')} ${t('field.and')} ${labels.at(-1)}`;
}
