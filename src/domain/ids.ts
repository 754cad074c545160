import { z } from 'zod';

/** Ids are lowercase ASCII kebab-case: they are file names and URL segments. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const idSchema = z
  .string({ error: 'id（英小文字・数字・ハイフン）を書いてください' })
  .regex(ID_PATTERN, {
    error: '英小文字・数字をハイフンでつないだ形（例: yamada-hanako）にしてください',
  });

/** A list of ids in which no id appears twice. */
export const idListSchema = z.array(idSchema).superRefine((ids, ctx) => {
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (seen.has(id)) {
      ctx.addIssue({
        code: 'custom',
        path: [index],
        message: `「${id}」が2回書かれています。1回だけにしてください`,
      });
    }
    seen.add(id);
  });
});
