// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Folders and packages the pure domain core must never import (docs/ARCHITECTURE.md). */
const domainForbidden = [
  {
    group: ['**/db/**', '**/web/**', '**/cli/**', '**/use-cases/**', '**/render/**', '**/jobs/**'],
    message: 'src/domain is pure: no imports from outer layers.',
  },
  {
    group: [
      'node:fs',
      'node:fs/*',
      'fs',
      'node:http',
      'node:net',
      'pg',
      '@electric-sql/*',
      'drizzle-orm',
      'drizzle-orm/*',
      'fastify',
      '@fastify/*',
    ],
    message: 'src/domain is pure: no I/O, database or HTTP.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'data/**',
      'dist/**',
      'coverage/**',
      'drizzle/meta/**',
      'bench/results/**',
      'scratch/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        fetch: 'readonly',
        AbortController: 'readonly',
        TextDecoder: 'readonly',
        TextEncoder: 'readonly',
        structuredClone: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/switch-exhaustiveness-check': 'off',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: domainForbidden }] },
  },
);
