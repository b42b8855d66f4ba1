// LWC sources get Salesforce's LWC rules, the tooling typescript-eslint's. Both are parsed by the
// typescript-eslint parser: the Babel parser of the LWC config mistakes interface members such as
// `name` and `status` for the restricted browser globals. Types are checked by `npm run typecheck`.
import lwcConfig from '@salesforce/eslint-config-lwc';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const lwcSources = ['force-app/**/lwc/**/*.ts'];
const lwcTests = ['force-app/**/lwc/**/__tests__/**/*.ts'];

export default [
    {
        ignores: [
            'node_modules/**',
            'coverage/**',
            'artifacts/**',
            '.build/**',
            '.preview-data/**',
            'vendor/**',
            'force-app/**/lwc/**/*.js',
            '**/__tests__/fixtures/**',
        ],
    },
    ...lwcConfig.configs.recommended.map((config) => ({ ...config, files: lwcSources })),
    {
        files: lwcSources,
        languageOptions: { parser: tseslint.parser },
        plugins: { '@typescript-eslint': tseslint.plugin },
        rules: {
            ...tseslint.configs.eslintRecommended.rules,
            '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
            '@typescript-eslint/no-explicit-any': 'error',
            // TypeScript's own checker reports undefined names with types; the Babel parser cannot.
            'no-undef': 'off',
            'no-unused-vars': 'off',
            '@lwc/lwc/no-api-reassignments': 'error',
            '@lwc/lwc/no-inner-html': 'error',
            '@lwc/lwc/no-document-query': 'error',
        },
    },
    {
        files: lwcTests,
        languageOptions: { globals: { ...globals.jest, ...globals.node } },
        rules: {
            '@lwc/lwc/no-document-query': 'off',
            '@lwc/lwc/no-unexpected-wire-adapter-usages': 'off',
        },
    },
    ...tseslint.configs.recommended.map((config) => ({
        ...config,
        files: ['scripts/**/*.ts', 'types/**/*.ts', '*.ts'],
    })),
    {
        files: ['scripts/**/*.ts', '*.ts'],
        languageOptions: { globals: { ...globals.node } },
        rules: {
            '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
            '@typescript-eslint/consistent-type-imports': 'error',
        },
    },
    {
        files: ['types/**/*.d.ts'],
        rules: { '@typescript-eslint/no-explicit-any': 'off' },
    },
    {
        files: ['*.js', '*.mjs', '.ci/**/*.js'],
        languageOptions: { globals: { ...globals.node } },
    },
];
