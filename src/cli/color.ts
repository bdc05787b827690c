// Whether the terminal report gets colour. The order is supports-color's
// (the detection chalk uses): --color/--no-color, then NO_COLOR and
// FORCE_COLOR, then TERM=dumb. One difference: supports-color gives up on a
// stream that is not a terminal before it looks for CI services, so GitHub
// Actions, whose log viewer renders colour through a pipe, would get none.
// The environment is passed in, so tests and the library decide it.

/** CI services whose job logs render ANSI colour though output is a pipe. */
const COLOUR_LOGS = ['GITHUB_ACTIONS', 'GITEA_ACTIONS', 'GITLAB_CI', 'BUILDKITE', 'CIRCLECI'];

export function wantsColor(flag: boolean | undefined, env: Record<string, string | undefined>, isTTY: boolean): boolean {
  if (flag !== undefined) return flag;
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force !== 'false';
  // Azure Pipelines, as supports-color: its log renders colour through a pipe.
  if (env['TF_BUILD'] !== undefined && env['AGENT_NAME'] !== undefined) return true;
  if (COLOUR_LOGS.some((k) => env[k] !== undefined && env[k] !== '' && env[k] !== 'false')) return true;
  if (!isTTY) return false;
  return env['TERM'] !== 'dumb';
}
