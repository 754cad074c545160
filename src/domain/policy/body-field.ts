/** The `field` of body problems: the body is not a frontmatter field, so it is named as such. */
export const BODY_FIELD = '本文';
