// The jurisdictions claimlint knows: the one list that the config schema,
// the command line and the rules' per-market settings are checked against.
export const MARKETS = ['us', 'eu', 'uk'] as const;
export type Market = (typeof MARKETS)[number];

export const DEFAULT_MARKET: Market = 'us';

/** A market name as a person may type it ("UK", " eu "), or undefined. */
export function parseMarket(value: string): Market | undefined {
  const v = value.trim().toLowerCase();
  return (MARKETS as readonly string[]).includes(v) ? (v as Market) : undefined;
}
