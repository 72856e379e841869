/** A card button: the verb it triggers and its data (rendered as Action.Execute with an Action.Submit fallback). */
export interface Button {
  title: string;
  verb: string;
  /** Always carries `verb` too, so an Action.Submit fallback (which has no verb) reaches the same handler. */
  data: Record<string, unknown>;
  style: 'default' | 'positive' | 'destructive';
  /** `auto`: the card's inputs are validated and sent with the data (a form's submit); `none`: a plain button. */
  inputs: 'auto' | 'none';
}

/** Builds a plain button (sends no inputs); `data` gets the verb merged in. */
export function button(
  title: string,
  verb: string,
  data: Record<string, unknown> = {},
  style: Button['style'] = 'default',
): Button {
  return { title, verb, data: { ...data, verb }, style, inputs: 'none' };
}

/** Builds a form's submit button: the card's inputs are validated and merged into the data. */
export function submitButton(title: string, verb: string, data: Record<string, unknown> = {}): Button {
  return { title, verb, data: { ...data, verb }, style: 'positive', inputs: 'auto' };
}

/** One choice of an Input.ChoiceSet. */
export interface Choice {
  title: string;
  value: string;
}

/** A label/value row of a FactSet. */
export interface Fact {
  title: string;
  value: string;
}
