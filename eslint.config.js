// Layering (STYLE.md, principle 1) is enforced with no-restricted-imports:
// shared/ is pure TypeScript; renderer/ only reaches shared/; Node services
// and storage never import electron. UI text must go through i18next.
import js from '@eslint/js';
import i18next from 'eslint-plugin-i18next';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = { group: ['node:*'], message: 'shared/ and renderer/ must not use Node built-ins.' };
const electronModule = { name: 'electron', message: 'Only electron/main and electron/preload may import electron.' };

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Benchmarks and browser tests also hold code that runs inside the page.
    files: ['test/**/*.{ts,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronModule, { name: 'react', message: 'shared/ is UI-free.' }],
          patterns: [
            nodeBuiltins,
            { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ imports neither electron/ nor renderer/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/**', 'electron/preload/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronModule],
          patterns: [{ group: ['**/renderer/**', '**/main/**', '**/preload/**'], message: 'Node services must run without Electron.' }],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, i18next },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [electronModule],
          patterns: [nodeBuiltins, { group: ['**/electron/**'], message: 'renderer/ talks to the core only through the API contract.' }],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.tsx'],
    ignores: ['renderer/**/*.test.tsx'],
    rules: {
      'i18next/no-literal-string': ['error', { mode: 'jsx-only', 'jsx-attributes': { include: ['^(aria-label|title|placeholder|alt)$'] } }],
    },
  },
);
