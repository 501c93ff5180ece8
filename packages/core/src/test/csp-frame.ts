import { waitUntil } from '@open-wc/testing';

/** The policy council and NHS pages send: same-origin scripts and styles only (no eval, no Function, no inline script or style). */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:";

export interface CspFrame {
  /** The frame's document. */
  doc: Document;
  /** Every violation of the policy reported in the frame so far. */
  violations: string[];
  /** Removes the frame. */
  remove(): void;
}

/**
 * Opens a same-origin frame under {@link STRICT_CSP} holding `body` (the elements, with any child
 * data scripts) and the module `define` (a path served by the test runner), and waits until
 * `ready` is in its document. Violations are collected from the start, in `violations`.
 *
 * @example const frame = await openCspFrame(`<send-x>…</send-x>`, new URL('./define.ts', import.meta.url).pathname, 'send-x')
 */
export async function openCspFrame(
  body: string,
  define: string,
  ready: string,
  size = { width: 860, height: 900 },
): Promise<CspFrame> {
  const frame = document.createElement('iframe');
  frame.style.width = `${size.width}px`;
  frame.style.height = `${size.height}px`;
  const violations: string[] = [];
  frame.srcdoc = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">
    <meta http-equiv="Content-Security-Policy" content="${STRICT_CSP}">
    <title>CSP</title></head><body>${body}
    <script type="module" src="${define}"></script></body></html>`;
  document.body.append(frame);
  try {
    await waitUntil(() => frame.contentDocument?.querySelector(ready) !== null, 'frame never loaded', {
      timeout: 10_000,
    });
  } catch (error) {
    frame.remove();
    throw error;
  }
  const doc = frame.contentDocument!;
  doc.addEventListener('securitypolicyviolation', (e) =>
    violations.push(
      `${e.violatedDirective}: ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${e.sample}`,
    ),
  );
  return { doc, violations, remove: () => frame.remove() };
}
