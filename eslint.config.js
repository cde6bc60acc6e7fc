import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import layers from './eslint-rules/layers.js';

// Imports are checked on resolved paths (eslint-rules/layers.js), so no count of '../' gets past.
const root = import.meta.dirname;

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'dist-electron/', 'release/', 'test-results/', 'playwright-report/'] },
  ...tseslint.configs.recommended,
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    // shared/ is used by both sides: no Node, no DOM.
    files: ['shared/**/*.{ts,tsx,js,mjs}'],
    plugins: { layers },
    rules: {
      'layers/boundaries': ['error', { root, allow: ['shared'], packages: ['react*', '@tanstack/*', '@hookform/*', 'recharts*', 'electron*', 'better-sqlite3*'] }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'process', 'Buffer', 'require', 'global', '__dirname', '__filename'],
    },
  },
  {
    // The renderer reaches the backend only through the API client.
    files: ['renderer/**/*.{ts,tsx,js,mjs}'],
    plugins: { layers },
    rules: {
      'layers/boundaries': ['error', { root, allow: ['renderer', 'shared'], packages: ['electron*', 'better-sqlite3*'] }],
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
