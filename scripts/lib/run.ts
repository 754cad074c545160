import { spawn } from 'node:child_process';

/**
 * Runs a command with inherited output (in `cwd`, if given); resolves with its exit code. An
 * aborted `signal` stops the command (SIGTERM), which then ends with a non-zero code.
 */
export function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
  cwd?: string,
  signal?: AbortSignal,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env, cwd, signal });
    child.on('error', (error) => {
      if (!signal?.aborted) reject(error);
    });
    child.on('exit', (code, killed) => resolve(code ?? (killed ? 1 : 0)));
  });
}
