import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

class PaintWithDirective extends Directive {
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT)
      throw new Error('paintWith() goes on an element itself (inside its opening tag)');
  }

  render(_paint: (element: Element, value: never) => void, _value: unknown): unknown {
    return noChange;
  }

  override update(part: ElementPart, [paint, value]: [(element: Element, value: unknown) => void, unknown]): unknown {
    paint(part.element, value);
    return noChange;
  }
}

/**
 * Calls `paint(element, value)` on every render of the element it is on, including the first,
 * so that what `paint` writes (text, attributes, CSSOM properties) can also be written directly,
 * outside a render (a pointer's move), without the two disagreeing: the render writes what the
 * element should show, whatever the last render left.
 *
 * @example html`<div class="tooltip" ${paintWith(showTip, point)}></div>`
 */
export const paintWith = directive(PaintWithDirective) as <T>(
  paint: (element: Element, value: T) => void,
  value: T,
) => ReturnType<ReturnType<typeof directive>>;
