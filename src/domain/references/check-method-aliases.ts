import { formatFieldPath, type Problem } from '../errors';
import type { Handbook } from '../handbook';

/**
 * A method's aliases are searched as its name, so an alias must not be the name or an alias of
 * another method (a search for it would find both), nor repeat the method's own name.
 */
export function checkMethodAliases(handbook: Handbook): Problem[] {
  const problems: Problem[] = [];
  const owner = new Map<string, string>();
  for (const method of handbook.methods) owner.set(method.name, method.id);
  for (const method of handbook.methods) {
    (method.aliases ?? []).forEach((alias, index) => {
      const field = formatFieldPath([...method.source.path, 'aliases', index]);
      const other = owner.get(alias);
      if (other === method.id)
        problems.push({
          severity: 'error',
          file: method.source.file,
          field,
          message: `別名「${alias}」は name と同じです。別名には name 以外の呼び方を書いてください`,
        });
      else if (other !== undefined)
        problems.push({
          severity: 'error',
          file: method.source.file,
          field,
          message: `別名「${alias}」は手法 ${other} の名前か別名と同じです。検索で両方が見つかってしまうので、どちらか一方にしてください`,
        });
      else owner.set(alias, method.id);
    });
  }
  return problems;
}
