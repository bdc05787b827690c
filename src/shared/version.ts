// Kept in step with package.json by a test, so no JSON is read at start-up.
export const VERSION = '0.1.0';
