import type { AskedField } from '../../src/authoring/answers';

/** The question as `npm run new` prints it: numbered choices under it, the fallback in brackets. */
export function describeField(field: AskedField, withChoices = true): string {
  const lines: string[] = [];
  if (field.choices && withChoices) {
    const width = String(field.choices.length).length;
    const valueWidth = Math.max(...field.choices.map((choice) => choice.value.length));
    field.choices.forEach((choice, index) =>
      lines.push(
        `  ${String(index + 1).padStart(width)}) ${choice.value.padEnd(valueWidth)}  ${choice.label}`,
      ),
    );
  }
  const fallback = Array.isArray(field.fallback)
    ? field.fallback.join(', ')
    : field.fallback === true
      ? 'はい'
      : field.fallback === false
        ? 'いいえ'
        : field.fallback === undefined
          ? undefined
          : String(field.fallback);
  const hint =
    field.type === 'choices'
      ? '（番号か id をカンマ区切りで。なければ空のまま Enter）'
      : field.type === 'boolean'
        ? '（はい / いいえ）'
        : field.type === 'list'
          ? '（「、」で区切って。なければ空のまま Enter）'
          : !field.required && fallback === undefined
            ? '（なければ空のまま Enter）'
            : '';
  lines.push(
    `${field.question}${hint}${fallback !== undefined && fallback !== '' ? ` [${fallback}]` : ''}: `,
  );
  return lines.join('\n');
}
