import { loadTokenizer, tokenize } from './analyzer';

/**
 * A child process that reads the chunks it is sent with kuromoji, sends their tokens back and
 * exits (see analyzer.ts).
 */
process.once('message', (chunks: string[]) => {
  void loadTokenizer().then((tokenizer) => {
    process.send!(
      chunks.map((chunk) => tokenize(tokenizer, chunk)),
      () => process.exit(0),
    );
  });
});
