// @ts-check
// A small rule set, each rule for a reason:
// - typescript-eslint's recommended, type-aware set: no `any`, no unused code, no floating promises
//   (a forgotten await in the build would let a failed step pass as a success);
// - eslint-plugin-astro's recommended set for the pages and components.
// Formatting is Prettier's job (`npm run lint` runs both), so no stylistic rules here.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      '.astro/',
      '.dist-*/',
      'node_modules/',
      'bench-results/',
      'test-results/',
      'test/fixtures/',
      'content/',
      'public/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Our interfaces declare closures with method syntax (index lookups, loaders); none uses `this`.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    // Tests read built JSON, feeds and calendars, and vitest's asymmetric matchers are typed `any`:
    // an unsafe access there fails the test that makes it, so only explicit `any` is refused.
    files: ['test/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
    },
  },
  {
    // Astro pages are checked by `astro check`; the type-aware rules need a TS program they lack.
    files: ['**/*.astro', '**/*.astro/*.ts', '**/*.js', '**/*.mjs', 'vitest.config.ts'],
    ...tseslint.configs.disableTypeChecked,
  },
);
