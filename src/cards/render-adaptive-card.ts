import { readFileSync } from 'node:fs';
import { Template } from 'adaptivecards-templating';
import type { CardModel } from './card-model';
import { TEMPLATE_NAMES, type TemplateName } from '../domain';

/** Folder of the Adaptive Card templates (`adaptive-cards/<name>.json` at the repository root). */
const TEMPLATE_DIR = new URL('../../adaptive-cards/', import.meta.url);

const cache = new Map<string, Template>();

/** True when `name` is one of the bot's card templates. */
export function isTemplateName(name: string): name is TemplateName {
  return (TEMPLATE_NAMES as readonly string[]).includes(name);
}

/** The raw template JSON of a card (for tests and converters that want the unfilled structure). */
export function loadTemplate(name: string): Record<string, unknown> {
  if (!isTemplateName(name)) throw new Error(`unknown card template "${name}"`);
  return JSON.parse(readFileSync(new URL(`${name}.json`, TEMPLATE_DIR), 'utf8')) as Record<string, unknown>;
}

/**
 * Fills a card template with the model's data (adaptivecards-templating `${...}` binding) and returns the
 * Adaptive Card 1.5 JSON. Card JSON is never built by string concatenation.
 */
export function renderAdaptiveCard(model: CardModel): Record<string, unknown> {
  let template = cache.get(model.template);
  if (!template) {
    template = new Template(loadTemplate(model.template));
    cache.set(model.template, template);
  }
  return template.expand({ $root: model.data }) as Record<string, unknown>;
}
