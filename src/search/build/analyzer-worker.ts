import { exitWithParent } from './child-process';
import { loadTokenizer, tokenize, type AnalyserMessage, type Token } from './analyzer';

/**
 * A child process that loads kuromoji's dictionary as it starts, reads the batches of chunks it
 * is sent as they come, sends all their tokens back at the end and exits (see analyzer.ts).
 */
exitWithParent();
const tokenizer = loadTokenizer();
const read: Token[][] = [];
let reading = Promise.resolve();
process.on('message', (message: AnalyserMessage) => {
  reading = reading.then(async () => {
    if ('chunks' in message) {
      const words = await tokenizer;
      for (const chunk of message.chunks) read.push(tokenize(words, chunk));
    } else process.send!(read, () => process.exit(0));
  });
});
