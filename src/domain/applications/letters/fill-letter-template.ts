/**
 * Replaces each `{name}` by its value, as plain text (nothing is escaped: the result is a model,
 * the renderers escape for their formats). Throws on a name without a value; validate the template
 * first (`validateLetterTemplate`) so that cannot happen.
 */
export function fillPlaceholders(options: { text: string; values: ReadonlyMap<string, string> }): string {
  return options.text.replace(/\{([^{}]*)\}/g, (_match, name: string) => {
    const value = options.values.get(name);
    if (value === undefined) throw new RangeError(`占位符 {${name}} 没有可填入的内容`);
    return value;
  });
}

/** The filled text split into lines, trimmed, empty lines dropped (paragraphs or attachment lines). */
export function fillLines(options: { text: string; values: ReadonlyMap<string, string> }): string[] {
  return fillPlaceholders(options)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
