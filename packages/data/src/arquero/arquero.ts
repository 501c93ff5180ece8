/**
 * arquero, loaded once for this entry. It is an optional peer dependency of @send-insight/data:
 * only `@send-insight/data/arquero` uses it, so a web team's install never fetches it. Where it is
 * missing, importing this entry fails with a message that says what to install, instead of a
 * bare "Cannot find package".
 */
import type * as Arquero from 'arquero';

/**
 * What importing `@send-insight/data/arquero` says when arquero cannot be loaded.
 * @param cause the error the import of arquero gave
 * @returns the message
 * @example arqueroMissing({ code: 'ERR_MODULE_NOT_FOUND', message: "Cannot find package 'arquero'" })
 */
export function arqueroMissing(cause: unknown): string {
  const text = cause instanceof Error ? cause.message : String(cause);
  const notInstalled = /Cannot find (package|module) ['"]arquero['"]/.test(text);
  return notInstalled
    ? '@send-insight/data/arquero needs arquero, an optional peer dependency that is not installed: run "npm install arquero@8". ' +
        'The elements and the main @send-insight/data entry do not need it.'
    : `@send-insight/data/arquero could not load arquero: ${text}`;
}

let aq: typeof Arquero;
try {
  aq = await import('arquero');
} catch (cause) {
  throw new Error(arqueroMissing(cause), { cause });
}

/** arquero's `table` and `fromArrow`, the two functions this entry calls. */
export const { table, fromArrow } = aq;
