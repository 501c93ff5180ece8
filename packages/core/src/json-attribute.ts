/** A `columns` or `strings` attribute that is not valid JSON, kept so the element can say so. */
export class InvalidJsonAttribute {
  constructor(
    readonly attribute: string,
    readonly text: string,
    readonly reason: string,
  ) {}
}

/**
 * A Lit attribute converter for an attribute holding a JSON object of text values (`columns`,
 * `strings`): an empty attribute is no value; anything that is not such an object comes back as an
 * {@link InvalidJsonAttribute} saying why, for the element to show rather than throw.
 *
 * @example @property({ converter: jsonObjectConverter('columns') }) columns?: Record<string, string>;
 */
export function jsonObjectConverter(attribute: string) {
  return {
    fromAttribute(value: string | null): unknown {
      if (value === null || value.trim() === '') return undefined;
      try {
        const parsed: unknown = JSON.parse(value);
        if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
          return new InvalidJsonAttribute(attribute, value, 'it must be a JSON object such as {"pupils": "headcount"}');
        }
        for (const v of Object.values(parsed as Record<string, unknown>)) {
          if (typeof v !== 'string') return new InvalidJsonAttribute(attribute, value, 'every value must be text');
        }
        return parsed;
      } catch (e) {
        return new InvalidJsonAttribute(attribute, value, e instanceof Error ? e.message : 'it is not valid JSON');
      }
    },
    toAttribute(value: unknown): string | null {
      return value && !(value instanceof InvalidJsonAttribute) ? JSON.stringify(value) : null;
    },
  };
}
