import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public', 'tests/e2e/artifacts', 'bench/results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Only matters under the React Compiler, which this project does not use (TanStack Virtual trips it).
      'react-hooks/incompatible-library': 'off',
    },
  },
  {
    // One-way imports: features never reach into another feature's internals (bulletproof-react).
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      // Feature folders are flat, so from a feature's file `../<name>/…` is always another feature.
      'no-restricted-imports': ['error', { patterns: [{ regex: '^(\\.\\./[^./][^/]*/|(\\.\\./)+features/)', message: 'Features must not import each other; share through src/ui, src/lib or src/data.' }] }],
    },
  },
);
