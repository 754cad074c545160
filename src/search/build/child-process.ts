import { fork, type ChildProcess } from 'node:child_process';

/**
 * The search step's own processes (the documents process, the analyser): a module of this folder
 * run by tsx, talking over IPC with structured clones (arrays of token tuples, not JSON text),
 * its output in the build's log. A process of their own so that what they hold (the pages' text,
 * kuromoji's dictionary) is given back when they exit (README, invariants 7 and 10).
 */
export function forkModule(module: URL): ChildProcess {
  return fork(module, {
    execArgv: ['--import', 'tsx'],
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
}

/** In such a process: the step that started it is gone (a build stopped or killed), no one would read its answer. */
export function exitWithParent(): void {
  process.on('disconnect', () => process.exit(1));
}
