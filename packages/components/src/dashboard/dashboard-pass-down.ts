import { DEFAULT_MIN_COUNT } from '@send-insight/data';

/** What a dashboard passes down to the elements inside it: property, attribute and the elements' own default. */
export const PASSED = [
  { property: 'area', attribute: 'area', fallback: undefined },
  { property: 'period', attribute: 'period', fallback: undefined },
  { property: 'theme', attribute: 'theme', fallback: undefined },
  { property: 'locale', attribute: 'locale', fallback: 'en-GB' },
  { property: 'minCount', attribute: 'min-count', fallback: DEFAULT_MIN_COUNT },
] as const;

/** A property a dashboard passes down. */
export type PassedProperty = (typeof PASSED)[number]['property'];

/** The values to pass down; `undefined` passes nothing (and takes back a value passed before). */
export type PassedValues = Partial<Record<PassedProperty, string | number | undefined>>;

type Settable = Element & Record<string, unknown>;

/**
 * Passes `area`, `period`, `theme`, `locale` and `min-count` from a dashboard to the elements
 * inside it, except where an element sets its own: an attribute it was written with, a value set
 * on it before the dashboard first saw it, or a value set on it since, other than the one the
 * dashboard gave. Remembers, per element, what it gave, so it can tell the two apart later and take
 * back what it gave when the dashboard no longer has a value. Sets properties only, so an element
 * defined later receives them when it upgrades.
 */
export class PassDown {
  private readonly given = new WeakMap<Element, Map<PassedProperty, unknown>>();
  /** Every value given to each element, so one restored late by its upgrade is not taken for its own. */
  private readonly history = new WeakMap<Element, Set<unknown>>();
  private readonly own = new WeakMap<Element, Set<PassedProperty>>();

  /**
   * Sets each value on each element that does not set its own.
   * @returns the elements that were changed
   */
  apply(elements: Iterable<Element>, values: PassedValues): Element[] {
    const changed: Element[] = [];
    for (const el of elements) {
      const target = el as unknown as Settable;
      let given = this.given.get(el);
      let own = this.own.get(el);
      if (!given || !own) {
        given = new Map();
        own = new Set(PASSED.filter((p) => setsOwn(el, p.property, p.attribute, p.fallback)).map((p) => p.property));
        this.given.set(el, given);
        this.own.set(el, own);
      }
      let history = this.history.get(el);
      if (!history) this.history.set(el, (history = new Set()));
      let touched = false;
      for (const { property, fallback } of PASSED) {
        if (own.has(property)) continue;
        const current = target[property];
        // while an element upgrades it reads its default (or nothing), and then the value it was given
        // before, restored: neither is one of its own; any other value is
        const ours =
          current === undefined || Object.is(current, fallback) || history.has(`${property}\u0000${String(current)}`);
        if (!ours) {
          own.add(property); // the element (or its page) has set a value of its own since
          continue;
        }
        const value = values[property];
        if (value === undefined) {
          if (!given.has(property)) continue;
          given.delete(property);
          target[property] = fallback;
          touched = true;
        } else if (!Object.is(current, value)) {
          target[property] = value;
          given.set(property, value);
          history.add(`${property}\u0000${String(value)}`);
          touched = true;
        } else {
          given.set(property, value);
          history.add(`${property}\u0000${String(value)}`);
        }
      }
      if (touched) changed.push(el);
    }
    return changed;
  }
}

/** Whether an element the dashboard sees for the first time has a value of its own for a property. */
function setsOwn(el: Element, property: string, attribute: string, fallback: unknown): boolean {
  if (el.hasAttribute(attribute)) return true;
  const upgraded = customElements.get(el.localName) !== undefined && el instanceof customElements.get(el.localName)!;
  // before its upgrade, a property set on the element is an own property that Lit takes on when it upgrades
  if (!upgraded) return Object.prototype.hasOwnProperty.call(el, property);
  const value = (el as unknown as Settable)[property];
  return value !== undefined && !Object.is(value, fallback);
}
