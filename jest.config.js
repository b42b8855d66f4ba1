// Two Jest projects: LWC modules (jsdom, the LWC compiler as transformer) and the Node tooling.
// LWC_JEST_SOURCE=js runs the very same LWC tests against the JavaScript that `npm run build`
// emitted, which is what the platform runs, instead of the TypeScript sources.
const { jestConfig: lwcJestConfig } = require('@salesforce/sfdx-lwc-jest/config');

const lwcSource = process.env.LWC_JEST_SOURCE === 'js' ? 'js' : 'ts';
const lwcExtensions = lwcSource === 'js' ? ['js', 'ts', 'html'] : ['ts', 'js', 'html'];

const lwcProject = {
    ...lwcJestConfig,
    displayName: `lwc (${lwcSource})`,
    moduleFileExtensions: lwcExtensions,
    testMatch: ['<rootDir>/force-app/**/lwc/**/__tests__/**/*.test.ts'],
    testPathIgnorePatterns: ['/node_modules/', '/fixtures/'],
    // Each file is measured by the project that owns it: Jest would otherwise merge two
    // different instrumentations of the same file and under-report its coverage.
    coveragePathIgnorePatterns: ['/node_modules/', '<rootDir>/scripts/'],
};

const nodeProject = {
    displayName: 'node',
    rootDir: __dirname,
    testEnvironment: 'node',
    testMatch: ['<rootDir>/scripts/**/__tests__/**/*.test.ts'],
    testPathIgnorePatterns: ['/node_modules/', '/fixtures/', '<rootDir>/scripts/preview/e2e/'],
    moduleFileExtensions: ['ts', 'js', 'json'],
    coveragePathIgnorePatterns: ['/node_modules/', '<rootDir>/force-app/'],
    transform: {
        '^.+\\.ts$': [
            'babel-jest',
            {
                babelrc: false,
                configFile: false,
                presets: [['@babel/preset-typescript', { allowDeclareFields: true }]],
                plugins: ['@babel/plugin-transform-modules-commonjs'],
            },
        ],
    },
};

module.exports = {
    projects: [lwcProject, nodeProject],
    coverageDirectory: '<rootDir>/coverage',
    coverageReporters: ['text-summary', 'lcov', 'json-summary'],
    // The engine and its loader are the contract Apex must match; the board is what reps touch.
    coverageThreshold: {
        './force-app/scoring/lwc/qualificationEngine/': { lines: 95, branches: 95 },
        './scripts/lib/catalog/': { lines: 95, branches: 95 },
        './force-app/board/lwc/': { lines: 90, branches: 90 },
        './scripts/ops/': { lines: 75, branches: 60 },
    },
    collectCoverageFrom: [
        'force-app/**/lwc/**/*.ts',
        'scripts/lib/**/*.ts',
        'scripts/ops/**/*.ts',
        '!scripts/ops/fake/**',
        '!**/__tests__/**',
        '!**/*.d.ts',
    ],
};
