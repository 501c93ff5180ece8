import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** CSS property name (kebab-case, e.g. `left`, `--send-x`) → value; `undefined` removes it. */
export type CssProps = Readonly<Record<string, string | undefined>>;

class CssPropsDirective extends Directive {
  private previous = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT)
      throw new Error("cssProps() goes on an element itself (inside its opening tag), not in an attribute's value");
  }

  render(_props: CssProps): unknown {
    return noChange;
  }

  override update(part: ElementPart, [props]: [CssProps]): unknown {
    const style = (part.element as HTMLElement | SVGElement).style;
    for (const name of this.previous) if (props[name] === undefined) style.removeProperty(name);
    this.previous.clear();
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined) continue;
      style.setProperty(name, value);
      this.previous.add(name);
    }
    return noChange;
  }
}

/**
 * Sets inline CSS properties through the CSSOM (`element.style.setProperty`) on every render,
 * including the first. Lit's `styleMap` writes a `style="…"` attribute on first render, which a
 * strict `style-src 'self'` policy blocks (the tooltip then appears at the wrong place); this never
 * writes the attribute.
 *
 * @param props property names (kebab-case) and values
 * @returns an element directive
 * @example html`<div class="tooltip" ${cssProps({ left: `${x}px`, top: `${y}px` })}></div>`
 */
export const cssProps = directive(CssPropsDirective);
