// ESLint-compatible JSON: an array of results, one per file.
import type { Formatter } from './formatter.js';

const json: Formatter = (results) => JSON.stringify(results.map(({ source: _s, ...r }) => r)) + '\n';
export default json;
