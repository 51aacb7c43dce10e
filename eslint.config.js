// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

/**
 * Layer boundaries (ARCHITECTURE.md, "Layers"). Each entry says why, so the message explains itself.
 * @param {string[]} folders
 * @param {string} why
 */
const forbidFolders = (folders, why) =>
  folders.map((folder) => ({
    group: [`**/${folder}`, `**/${folder}/**`, `${folder}/**`],
    message: why,
  }));

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'dist-electron/',
      'release/',
      'data/',
      'test-results/',
      'coverage/',
      'eslint.config.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-floating-promises': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports (STYLE.md 5).' },
        {
          selector: "CallExpression[callee.object.name=/^(it|test|describe)$/][callee.property.name='only']",
          message: '.only must not be committed.',
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...['react', 'dexie', 'electron', 'pg', 'hono'].map((name) => ({
              name,
              message: 'shared/ runs anywhere: no UI, storage, Electron or server runtime here.',
            })),
            ...nodeBuiltins.map((name) => ({
              name,
              message: 'shared/ must not use Node built-ins: it also runs in the renderer.',
            })),
          ],
          patterns: [
            ...forbidFolders(
              ['renderer', 'electron', 'server'],
              'shared/ imports nothing of ours outside shared/ (ARCHITECTURE.md, Layers).',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/**/*.test.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'The renderer reaches the desktop only through the preload bridge (window.oncedesk).',
            },
            ...nodeBuiltins.map((name) => ({
              name,
              message: 'The renderer is sandboxed: Node built-ins do not exist there.',
            })),
          ],
          patterns: [
            ...forbidFolders(
              ['electron', 'server'],
              'renderer/ may import shared/ only; the main process and server are other runtimes.',
            ),
            { group: ['**/index', './index'], message: 'No barrel files inside renderer/ (STYLE.md 5).' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: forbidFolders(
            ['renderer', 'server'],
            'electron/ may import shared/ only; the renderer talks to it through IPC.',
          ),
        },
      ],
    },
  },
  {
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: forbidFolders(
            ['renderer', 'electron'],
            'server/ may import shared/ only; clients reach it over HTTP.',
          ),
        },
      ],
    },
  },
  {
    // Tool configs are loaded by their tools, which expect a default export.
    files: ['*.config.ts', 'tests/**/*.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  prettier,
);
