import { createInterface } from 'node:readline/promises';

/** Asks one question at a time on stdin, typed or piped; undefined once the input has ended. */
export interface Asker {
  ask(question: string): Promise<string | undefined>;
  /** A line for the person answering. */
  say(text: string): void;
  close(): void;
}

/**
 * Lines are read through one async iterator rather than `question()`, so that answers piped in
 * all at once are kept until their question is asked instead of being dropped.
 */
export function createAsker(
  input: NodeJS.ReadableStream = process.stdin,
  output: NodeJS.WritableStream = process.stdout,
): Asker {
  const lines = createInterface({ input, crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  return {
    async ask(question) {
      output.write(question);
      const next = await iterator.next();
      if (next.done) {
        output.write('\n');
        return undefined;
      }
      if (!(input as { isTTY?: boolean }).isTTY) output.write(`${next.value}\n`);
      return next.value;
    },
    say: (text) => output.write(`${text}\n`),
    close: () => lines.close(),
  };
}
