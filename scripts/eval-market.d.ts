import type { Market } from '../src/shared/markets.js';
export function marketOf(source: string | undefined): Market;
