import {
  actionsContract,
  deprivationContextContract,
  deprivationContract,
  ehcCaseloadContract,
  indicatorsContract,
  needsContract,
  outcomesContract,
  type Contract,
} from '@send-insight/data';

/** A chart the CLI can render and the contract its data follows. */
export interface ComponentInfo {
  /** Short name used on the command line, e.g. `deprivation-chart`. */
  name: string;
  /** Custom element tag. */
  tag: string;
  /** Name of the data contract (`send-insight validate <contract>`). */
  contract: string;
}

/** The elements. */
export const COMPONENTS: readonly ComponentInfo[] = [
  { name: 'deprivation-chart', tag: 'send-deprivation-chart', contract: 'deprivation' },
  { name: 'need-breakdown', tag: 'send-need-breakdown', contract: 'needs' },
  { name: 'outcomes-radar', tag: 'send-outcomes-radar', contract: 'outcomes' },
  { name: 'priority-tracker', tag: 'send-priority-tracker', contract: 'actions' },
  { name: 'indicator', tag: 'send-indicator', contract: 'indicators' },
];

/** The data contracts by name: the charts' contracts, then the shapes presets write for context and analysis. */
export const CONTRACTS: Readonly<Record<string, Contract>> = {
  deprivation: deprivationContract,
  needs: needsContract,
  outcomes: outcomesContract,
  actions: actionsContract,
  'deprivation-context': deprivationContextContract,
  indicators: indicatorsContract,
  'ehc-caseload': ehcCaseloadContract,
};

/**
 * Finds a component by its short name or tag (`need-breakdown`, `send-need-breakdown`).
 * @param name what the user typed
 * @returns the component, or undefined
 * @example findComponent('send-outcomes-radar')?.contract // 'outcomes'
 */
export function findComponent(name: string): ComponentInfo | undefined {
  const key = name.trim().toLowerCase();
  return COMPONENTS.find((c) => c.name === key || c.tag === key);
}

/**
 * Finds a contract by name, or by a component that uses it (`validate need-breakdown file.csv` works too).
 * @param name contract or component name
 * @returns the contract, or undefined
 * @example findContract('deprivation-chart')?.name // 'deprivation'
 */
export function findContract(name: string): Contract | undefined {
  const key = name.trim().toLowerCase();
  return CONTRACTS[key] ?? (findComponent(key) ? CONTRACTS[findComponent(key)!.contract] : undefined);
}
