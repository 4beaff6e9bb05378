// One lint configuration for the whole workspace. The module-boundary rule is what keeps the architecture
// honest: libs/domain stays pure, the two front ends never import each other or the API.
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Packages that must never reach the pure domain library. */
const FRAMEWORKS = [
  '@nestjs/*',
  'typeorm',
  'mysql2',
  'better-sqlite3',
  'minio',
  '@20minutes/s3rver',
  'pdfkit',
  'exceljs',
  'express',
  'react',
  'react-dom',
  'react-hook-form',
  'antd',
  'vite',
];

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', '**/coverage/**', 'data/**', '.nx/**', '**/vite.config.*.timestamp*'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs', '**/*.cjs'],
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            {
              sourceTag: 'type:domain',
              onlyDependOnLibsWithTags: ['type:domain'],
              bannedExternalImports: FRAMEWORKS,
            },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:domain', 'type:ui'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'type:domain'] },
            { sourceTag: 'scope:enterprise', onlyDependOnLibsWithTags: ['scope:enterprise', 'scope:shared'] },
            { sourceTag: 'scope:reviewer', onlyDependOnLibsWithTags: ['scope:reviewer', 'scope:shared'] },
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['type:domain'] },
          ],
        },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Belt and braces: also refuse framework imports by name, so a package that is not installed yet is caught too.
    files: ['libs/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: FRAMEWORKS.flatMap((name) => [name, `${name}/*`]), message: 'libs/domain is pure TypeScript: no framework imports.' }] },
      ],
    },
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    files: ['**/*.cjs', '**/jest.config.*', 'tools/**', 'tests/**/*.js'],
    languageOptions: { globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly', console: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
